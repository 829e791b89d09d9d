package eval2.case60;

import java.math.BigDecimal;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/price-lists")
public class PriceListController {

    private static final Logger log = LoggerFactory.getLogger(PriceListController.class);
    private static final String CONSOLIDATED_REGION = "GLOBAL";

    private final JdbcClient jdbcClient;

    public PriceListController(JdbcClient jdbcClient) {
        this.jdbcClient = jdbcClient;
    }

    @GetMapping("/current")
    public List<PriceListEntry> current(@RequestParam(value = "region", required = false) String region,
                                        @RequestParam(value = "currency", defaultValue = "EUR") String currency) {
        // Regional price lists were consolidated in 2023. The parameter is still accepted so old
        // clients do not break, but it is no longer honoured.
        if (region != null && !CONSOLIDATED_REGION.equals(region)) {
            log.info("ignoring deprecated region '{}'", region);
        }
        region = CONSOLIDATED_REGION;

        String sql = "SELECT pl.sku, pl.amount, pl.valid_from FROM price_list_entries pl "
                + "WHERE pl.region = '" + region + "' AND pl.currency = :currency AND pl.valid_to IS NULL "
                + "ORDER BY pl.sku";
        return jdbcClient.sql(sql).param("currency", currency).query(PriceListEntry.class).list(); // sink
    }

    public record PriceListEntry(String sku, BigDecimal amount, java.time.LocalDate validFrom) {
    }
}
