package eval2.case56;

import java.math.BigDecimal;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/catalog/prices")
public class CatalogPriceController {

    private static final Logger log = LoggerFactory.getLogger(CatalogPriceController.class);

    private final JdbcClient jdbcClient;

    public CatalogPriceController(JdbcClient jdbcClient) {
        this.jdbcClient = jdbcClient;
    }

    @GetMapping
    public List<PriceRow> prices(@RequestHeader(value = "X-Api-Version", defaultValue = "v2") String apiVersion,
                                 @RequestParam(value = "category", required = false) String category,
                                 @RequestParam(value = "filter", required = false) String legacyFilter) {
        boolean legacyClient = "v1".equals(apiVersion);

        String sql = "SELECT p.sku, p.name, pr.amount, pr.currency FROM products p "
                + "JOIN prices pr ON pr.sku = p.sku AND pr.valid_to IS NULL WHERE p.category = :category";
        if (legacyClient && legacyFilter != null) {
            // v1 price lists allowed a raw filter expression, e.g. "pr.amount < 100"
            log.warn("legacy filter used: {}", legacyFilter);
            sql += " AND (" + legacyFilter + ")";
        }
        sql += " ORDER BY p.sku";

        return jdbcClient.sql(sql).param("category", category == null ? "ALL" : category).query(PriceRow.class).list(); // sink
    }

    public record PriceRow(String sku, String name, BigDecimal amount, String currency) {
    }
}
