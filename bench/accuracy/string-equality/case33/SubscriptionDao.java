package streq.case33;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.stereotype.Repository;

@Repository
public class SubscriptionDao {

    private static final int ACTIVE = 1;

    private final DataSource dataSource;

    public SubscriptionDao(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public List<Long> findActiveIds(long customerId) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (Connection conn = dataSource.getConnection();
             PreparedStatement ps = conn.prepareStatement(
                     "SELECT id, status_code FROM subscription WHERE customer_id = ?")) {
            ps.setLong(1, customerId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    int statusCode = rs.getInt("status_code");
                    if (statusCode == ACTIVE) {
                        ids.add(rs.getLong("id"));
                    }
                }
            }
        }
        return ids;
    }
}
