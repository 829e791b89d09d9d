package concat.case18;

import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

@Repository
public class TicketQueueRepository {
    private static final String DEFAULT_ORDER = "t.priority DESC, t.opened_at";
    private static final RowMapper<Ticket> MAPPER = (rs, i) -> new Ticket(
            rs.getLong("id"), rs.getString("subject"), rs.getInt("priority"));

    private final JdbcTemplate jdbc;

    public TicketQueueRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public List<Ticket> openTicketsForTeam(long teamId) {
        StringBuilder sql = new StringBuilder(256);
        sql.append("SELECT t.id, t.subject, t.priority");
        sql.append(" FROM support_tickets t");
        sql.append(" JOIN agents a ON a.id = t.assignee_id");
        sql.append(" WHERE t.status = 'OPEN' AND a.team_id = ?");
        sql.append(" ORDER BY ").append(DEFAULT_ORDER);
        return jdbc.query(sql.toString(), MAPPER, teamId); // sink
    }

    public record Ticket(long id, String subject, int priority) {
    }
}
