package leak.case18;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import javax.sql.DataSource;

public class LoyaltyPointsRepository {

    private static final String ADD_POINTS =
            "UPDATE loyalty_accounts SET points = points + ? WHERE customer_id = ?";

    private final DataSource dataSource;

    public LoyaltyPointsRepository(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public boolean addPoints(long customerId, int points) throws SQLException {
        Connection conn = dataSource.getConnection();
        try (conn; PreparedStatement ps = conn.prepareStatement(ADD_POINTS)) {
            ps.setInt(1, points);
            ps.setLong(2, customerId);
            return ps.executeUpdate() == 1;
        }
    }
}
