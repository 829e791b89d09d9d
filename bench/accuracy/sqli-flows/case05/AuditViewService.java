package eval5.case05;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

@Service
public class AuditViewService {

    private static final Logger log = LoggerFactory.getLogger(AuditViewService.class);

    private final JdbcTemplate jdbcTemplate;

    public AuditViewService(JdbcTemplate jdbcTemplate) {
        this.jdbcTemplate = jdbcTemplate;
    }

    public List<Map<String, Object>> entries(String scope, String actor) {
        String table = scope == null ? "" : scope.strip().toLowerCase(Locale.ROOT);
        if (table.equals("archive")) {
            table = "audit_archive";
        } else if (table.equals("security")) {
            table = "audit_security";
        } else {
            table = "audit_log";
        }
        log.debug("audit entries of {} from {} (scope cookie {})", actor, table, scope);
        String sql = "SELECT occurred_at, action, target FROM " + table + " WHERE actor = ? ORDER BY occurred_at DESC LIMIT 200";
        return jdbcTemplate.queryForList(sql, actor); // sink
    }
}
