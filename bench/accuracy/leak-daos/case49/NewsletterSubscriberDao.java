package leak.case49;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import javax.sql.DataSource;

public class NewsletterSubscriberDao {

    private static final String UNSUBSCRIBE =
            "UPDATE newsletter_subscribers SET unsubscribed_at = CURRENT_TIMESTAMP WHERE token = ?";

    private final DataSource dataSource;

    public NewsletterSubscriberDao(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public boolean unsubscribe(String token) throws SQLException {
        try (Connection conn = dataSource.getConnection()) {
            PreparedStatement ps = conn.prepareStatement(UNSUBSCRIBE);
            try (ps) {
                ps.setString(1, token);
                return ps.executeUpdate() > 0;
            }
        }
    }
}
