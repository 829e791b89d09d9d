package eval2.case58;

import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/support/queue")
public class SupportQueueController {

    private static final Logger log = LoggerFactory.getLogger(SupportQueueController.class);

    private final NamedParameterJdbcTemplate jdbc;

    public SupportQueueController(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** GET /support/queue?team=billing&unassigned=true&breachedOnly=false */
    @GetMapping
    public List<Map<String, Object>> queue(String team, String unassigned, String breachedOnly) {
        boolean onlyUnassigned = Boolean.parseBoolean(unassigned);
        boolean onlyBreached = Boolean.parseBoolean(breachedOnly);

        StringBuilder sql = new StringBuilder(
                "SELECT t.id, t.subject, t.priority, t.assignee_login, t.sla_due_at FROM support_tickets t "
                + "WHERE t.team_code = :team AND t.closed_at IS NULL");
        if (onlyUnassigned) {
            sql.append(" AND t.assignee_login IS NULL");
        }
        if (onlyBreached) {
            sql.append(" AND t.sla_due_at < CURRENT_TIMESTAMP");
        }
        sql.append(onlyBreached ? " ORDER BY t.sla_due_at" : " ORDER BY t.priority DESC, t.created_at");

        log.debug("support queue team={} unassigned={} breached={}", team, onlyUnassigned, onlyBreached);
        return jdbc.queryForList(sql.toString(), new MapSqlParameterSource("team", team == null ? "general" : team)); // sink
    }
}
