package eval5.case38;

import java.math.BigDecimal;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

@Service
public class PriceListService {

    private static final Logger log = LoggerFactory.getLogger(PriceListService.class);

    private static final String PRICES = """
            SELECT p.price_list, p.amount
              FROM prices p
             WHERE p.sku = ? AND p.currency = ?
               AND CURRENT_DATE BETWEEN p.valid_from AND p.valid_to
             ORDER BY p.amount
            """;

    private final TenantDatabases tenantDatabases;

    public PriceListService(TenantDatabases tenantDatabases) {
        this.tenantDatabases = tenantDatabases;
    }

    public List<Price> prices(String tenantId, String sku, String currency) {
        var jdbc = tenantDatabases.jdbcFor(tenantId);
        log.debug("prices of {} in {} for tenant {}", sku, currency, tenantId);
        return jdbc.query(PRICES, (rs, n) -> new Price(rs.getString(1), rs.getBigDecimal(2)), sku, currency); // sink
    }

    public record Price(String priceList, BigDecimal amount) {
    }
}
