package nulls.case34;

import java.math.BigDecimal;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

@Component
public class PriceCatalog {

    private static final Logger log = LoggerFactory.getLogger(PriceCatalog.class);

    private final Map<String, BigDecimal> listPrices = new ConcurrentHashMap<>();

    public BigDecimal listPrice(String sku) {
        BigDecimal price = listPrices.get(sku);
        if (price == null) {
            log.debug("no list price for {}", sku);
            return null;
        }
        return price;
    }

    public void update(String sku, BigDecimal price) {
        listPrices.put(sku, price);
    }
}
