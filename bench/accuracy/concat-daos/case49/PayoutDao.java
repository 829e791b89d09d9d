package concat.case49;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

public class PayoutDao {
    private final Connection connection;

    public PayoutDao(Connection connection) {
        this.connection = connection;
    }

    public long requestPayout(long merchantId, long amountCents, String currency) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(Sql.Payouts.INSERT, Statement.RETURN_GENERATED_KEYS)) { // sink
            ps.setLong(1, merchantId);
            ps.setLong(2, amountCents);
            ps.setString(3, currency);
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }
}
