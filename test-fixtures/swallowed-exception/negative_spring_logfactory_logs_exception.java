// A Spring-style component using LogFactory (Commons Logging) that logs the exception, also with Spring's LogMessage.
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.core.log.LogMessage;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

@Component
class TenantSchemaMigrator {

    private static final Log logger = LogFactory.getLog(TenantSchemaMigrator.class);

    private final JdbcTemplate jdbcTemplate;

    TenantSchemaMigrator(JdbcTemplate jdbcTemplate) {
        this.jdbcTemplate = jdbcTemplate;
    }

    void migrate(String tenant) {
        try {
            jdbcTemplate.execute("CREATE SCHEMA IF NOT EXISTS tenant_" + tenant);
        } catch (DataAccessException ex) {
            logger.warn("Schema creation failed for tenant " + tenant, ex);
        }
        try {
            jdbcTemplate.execute("ALTER TABLE tenant_" + tenant + ".orders ADD COLUMN IF NOT EXISTS note TEXT");
        } catch (DataAccessException ex) {
            logger.debug(LogMessage.format("Column migration skipped for tenant %s", tenant), ex);
        }
    }
}
