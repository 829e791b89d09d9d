package concat.case53;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;

public class HelpdeskTicketDao {
    private final JdbcClient jdbcClient;

    public HelpdeskTicketDao(JdbcClient jdbcClient) {
        this.jdbcClient = jdbcClient;
    }

    public List<Ticket> search(TicketSearch search) {
        return jdbcClient.sql(buildSql(search)).query(Ticket.class).list(); // sink
    }

    private static String buildSql(TicketSearch search) {
        return "SELECT id, subject, status FROM tickets WHERE queue = '" + search.queue() + "' LIMIT " + search.limit();
    }

    public record Ticket(long id, String subject, String status) {
    }
}
