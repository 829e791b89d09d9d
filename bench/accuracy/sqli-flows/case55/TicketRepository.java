package eval5.case55;

import java.util.List;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

@Repository
public class TicketRepository {

    private final NamedParameterJdbcTemplate jdbc;

    public TicketRepository(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public List<TicketRow> find(String status, TicketSearchForm form, int offset, int limit) {
        StringBuilder sql = new StringBuilder("SELECT t.id, t.subject, t.status, t.assignee FROM tickets t WHERE t.status = :status");
        if (form.assignee() != null && !form.assignee().isBlank()) {
            sql.append(" AND t.assignee = '").append(form.assignee()).append('\'');
        }
        sql.append(" ORDER BY t.updated_at DESC OFFSET :offset ROWS FETCH NEXT :limit ROWS ONLY");
        var params = new MapSqlParameterSource("status", status).addValue("offset", offset).addValue("limit", limit);
        return jdbc.query(sql.toString(), params, (rs, n) -> new TicketRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4))); // sink
    }

    public record TicketRow(long id, String subject, String status, String assignee) {
    }
}
