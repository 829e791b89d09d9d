package stars.case03;

import java.sql.Timestamp;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

@Repository
public class AuditEventRepository {

    private final JdbcTemplate jdbc;

    public AuditEventRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public List<Map<String, Object>> eventsOf(String actor) {
        return jdbc.queryForList("select * from audit_events where actor = ? order by created_at desc", actor); // star
    }

    public int purgeBefore(Timestamp cutoff) {
        return jdbc.update("delete from audit_events where created_at < ?", cutoff);
    }
}
