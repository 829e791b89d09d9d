package leak.case44;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

public class SupportTicketDao {

    private static final String INSERT_TICKET =
            "INSERT INTO tickets (reporter_id, subject, body, priority) VALUES (?, ?, ?, ?)";

    private final DataSource dataSource;

    public SupportTicketDao(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public long openTicket(long reporterId, String subject, String body, int priority) throws SQLException {
        try (Connection conn = dataSource.getConnection();
             PreparedStatement ps = conn.prepareStatement(INSERT_TICKET, Statement.RETURN_GENERATED_KEYS)) {
            ps.setLong(1, reporterId);
            ps.setString(2, subject);
            ps.setString(3, body);
            ps.setInt(4, priority);
            ps.executeUpdate();
            ResultSet keys = ps.getGeneratedKeys(); // leak
            if (!keys.next()) {
                throw new SQLException("Insert into tickets returned no generated key");
            }
            long id = keys.getLong(1);
            keys.close();
            return id;
        }
    }
}
