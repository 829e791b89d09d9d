// A connection lent to helper methods of the same class that only use it: nobody closes it.
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import javax.sql.DataSource;

class LoyaltyPointsService {

    private final DataSource dataSource;

    LoyaltyPointsService(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    long balance(long memberId) throws SQLException {
        Connection connection = dataSource.getConnection();  // expect: jdbc-resource-leak "`Connection` from `getConnection()`"
        long earned = sum(connection, "SELECT COALESCE(SUM(points), 0) FROM earned_points WHERE member_id = ?", memberId);
        long spent = sum(connection, "SELECT COALESCE(SUM(points), 0) FROM spent_points WHERE member_id = ?", memberId);
        return earned - spent;
    }

    private long sum(Connection connection, String sql, long memberId) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setLong(1, memberId);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? rows.getLong(1) : 0;
            }
        }
    }
}
