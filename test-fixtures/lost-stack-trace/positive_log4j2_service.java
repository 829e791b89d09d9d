// A cache warm-up service that logs only the message of the caught exception through a Log4j 2 logger.
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

@Service
class ProductCacheWarmer {

    private static final Logger logger = LogManager.getLogger(ProductCacheWarmer.class);

    private final JdbcTemplate jdbcTemplate;
    private final Map<Long, String> names = new ConcurrentHashMap<>();

    ProductCacheWarmer(JdbcTemplate jdbcTemplate) {
        this.jdbcTemplate = jdbcTemplate;
    }

    public void warmUp() {
        try {
            jdbcTemplate.query("SELECT id, name FROM product WHERE active = TRUE",
                    rs -> {
                        names.put(rs.getLong("id"), rs.getString("name"));
                    });
        } catch (DataAccessException e) {
            logger.error("Product cache warm-up failed: {}", e.getMessage()); // expect: lost-stack-trace "`e.getMessage()`"
        }
    }

    public void sleepBetweenBatches(Duration pause) {
        try {
            Thread.sleep(pause.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            logger.warn("Warm-up pause interrupted", e);
        }
    }

    public String nameOf(long id) {
        try {
            return jdbcTemplate.queryForObject("SELECT name FROM product WHERE id = ?", String.class, id);
        } catch (DataAccessException dae) {
            logger.warn(dae.getMessage()); // expect: lost-stack-trace "`dae.getMessage()`"
            return names.getOrDefault(id, "unknown");
        }
    }
}
