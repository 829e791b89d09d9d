package com.parcelhub.quotes.api;

import com.parcelhub.quotes.domain.FuelIndex;
import com.parcelhub.quotes.domain.QuoteCalculator;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.util.List;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

@Path("/quotes")
@Produces(MediaType.APPLICATION_JSON)
public class ShippingQuoteResource {

    private static final Logger LOG = LogManager.getLogger(ShippingQuoteResource.class);
    private static final String FUEL_INDEX_URL = "https://fuel-index.internal/api/v1/current";

    private final Client client;
    private final QuoteCalculator calculator;

    public ShippingQuoteResource(Client client, QuoteCalculator calculator) {
        this.client = client;
        this.calculator = calculator;
    }

    @GET
    public List<QuoteCalculator.Quote> quotes(@QueryParam("weightGrams") int weightGrams, @QueryParam("zone") String zone) {
        BigDecimal fuelSurcharge = BigDecimal.ZERO;
        try {
            FuelIndex index = client.target(FUEL_INDEX_URL)
                    .request(MediaType.APPLICATION_JSON)
                    .get(FuelIndex.class);
            fuelSurcharge = index.surchargePercent();
        } catch (ProcessingException | WebApplicationException e) {
            LOG.warn("Fuel index service unavailable, quoting zone {} without surcharge", zone);
        }
        return calculator.quotes(weightGrams, zone, fuelSurcharge);
    }
}
