// A cache warm-up listener using Spring's LogFactory (Commons Logging) that logs only a fixed message when loading fails.
import java.math.BigDecimal;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.context.event.ContextRefreshedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

@Component
class CurrencyRateCacheWarmer {

    private final Log logger = LogFactory.getLog(getClass());

    private final JdbcTemplate jdbcTemplate;
    private final Map<String, BigDecimal> rates = new ConcurrentHashMap<>();

    CurrencyRateCacheWarmer(JdbcTemplate jdbcTemplate) {
        this.jdbcTemplate = jdbcTemplate;
    }

    @EventListener(ContextRefreshedEvent.class)
    void warmUp() {
        try {
            for (Map<String, Object> row : jdbcTemplate.queryForList("SELECT currency, rate FROM fx_rate")) {
                rates.put((String) row.get("currency"), (BigDecimal) row.get("rate"));
            }
        } catch (DataAccessException ex) { // expect: swallowed-exception "DataAccessException"
            logger.info("Currency rates not preloaded, they will be loaded on first use");
        }
    }

    BigDecimal rate(String currency) {
        return rates.get(currency);
    }
}
