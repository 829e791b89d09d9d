package leak.case06;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.jdbc.support.JdbcUtils;

public class PaymentHistoryDao {

    private static final String PAYMENTS_FOR_ACCOUNT =
            "SELECT id, amount, currency, status FROM payments WHERE account_id = ? ORDER BY created_at DESC";

    private final DataSource dataSource;

    public PaymentHistoryDao(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public List<Payment> paymentsFor(long accountId) throws SQLException {
        Connection conn = null;
        PreparedStatement ps = null;
        ResultSet rs = null;
        try {
            conn = dataSource.getConnection();
            ps = conn.prepareStatement(PAYMENTS_FOR_ACCOUNT);
            ps.setLong(1, accountId);
            rs = ps.executeQuery();
            List<Payment> payments = new ArrayList<>();
            while (rs.next()) {
                payments.add(new Payment(rs.getLong("id"), rs.getBigDecimal("amount"),
                        rs.getString("currency"), rs.getString("status")));
            }
            return payments;
        } finally {
            JdbcUtils.closeResultSet(rs);
            JdbcUtils.closeStatement(ps);
            JdbcUtils.closeConnection(conn);
        }
    }

    public record Payment(long id, BigDecimal amount, String currency, String status) {
    }
}
