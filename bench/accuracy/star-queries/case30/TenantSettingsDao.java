package stars.case30;

import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

@Repository
public class TenantSettingsDao {

    private static final String TABLE = "tenant_settings";

    private final JdbcTemplate jdbcTemplate;

    public TenantSettingsDao(JdbcTemplate jdbcTemplate) {
        this.jdbcTemplate = jdbcTemplate;
    }

    public List<Map<String, Object>> settings(long tenantId) {
        String sql = String.format("SELECT * FROM %s WHERE tenant_id = ?", TABLE); // star
        return jdbcTemplate.queryForList(sql, tenantId);
    }
}
