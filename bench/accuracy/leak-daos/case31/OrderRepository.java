package leak.case31;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

public class OrderRepository {

    private static final String FIND_BY_CUSTOMER =
            "SELECT id, status, total_amount FROM orders WHERE customer_id = ? ORDER BY created_at DESC";

    private final DataSource dataSource;

    public OrderRepository(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public List<OrderSummary> findByCustomer(long customerId) throws SQLException {
        try (Connection conn = dataSource.getConnection()) {
            PreparedStatement ps = conn.prepareStatement(FIND_BY_CUSTOMER); // leak
            ps.setLong(1, customerId);
            List<OrderSummary> result = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    result.add(new OrderSummary(
                            rs.getLong("id"),
                            rs.getString("status"),
                            rs.getBigDecimal("total_amount")));
                }
            }
            ps.close();
            return result;
        }
    }

    public record OrderSummary(long id, String status, BigDecimal total) {
    }
}
