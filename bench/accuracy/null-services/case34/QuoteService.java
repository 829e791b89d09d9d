package nulls.case34;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.web.server.ResponseStatusException;

@Service
public class QuoteService {

    private final PriceCatalog priceCatalog;

    public QuoteService(PriceCatalog priceCatalog) {
        this.priceCatalog = priceCatalog;
    }

    public BigDecimal quote(String sku, int quantity) {
        BigDecimal unitPrice = priceCatalog.listPrice(sku);
        if (unitPrice == null) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "unknown sku " + sku);
        }
        return unitPrice.multiply(BigDecimal.valueOf(quantity)).setScale(2, RoundingMode.HALF_UP);
    }

    public boolean isPriced(String sku) {
        return priceCatalog.listPrice(sku) != null;
    }
}
