package eval5.case26;

import java.util.List;
import java.util.Locale;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

@Path("/stock")
@Produces(MediaType.APPLICATION_JSON)
public class WarehouseStockResource {

    private static final Logger log = LoggerFactory.getLogger(WarehouseStockResource.class);

    @Inject
    StockDao stockDao;

    @GET
    @Path("/{sku}")
    public List<Availability> availability(@PathParam("sku") String sku) {
        return load(sku.trim().toUpperCase(Locale.ROOT));
    }

    private List<Availability> load(String sku) {
        List<Object[]> rows = stockDao.bySku(sku);
        log.debug("{} warehouses stock {}", rows.size(), sku);
        return rows.stream()
                .map(r -> new Availability((String) r[0], ((Number) r[1]).intValue() - ((Number) r[2]).intValue()))
                .toList();
    }

    public record Availability(String warehouse, int available) {
    }
}
