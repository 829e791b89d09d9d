package leak.case15;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;

public class OrderLineWriter {

    private static final String INSERT_LINE =
            "INSERT INTO order_lines (order_id, line_no, sku, quantity, unit_price) VALUES (?, ?, ?, ?, ?)";

    private final DataSource dataSource;

    public OrderLineWriter(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public void saveLines(long orderId, List<OrderLine> lines) throws SQLException {
        try (Connection conn = dataSource.getConnection()) {
            PreparedStatement ps = null;
            try {
                int lineNo = 1;
                for (OrderLine line : lines) {
                    ps = conn.prepareStatement(INSERT_LINE); // leak
                    ps.setLong(1, orderId);
                    ps.setInt(2, lineNo++);
                    ps.setString(3, line.sku());
                    ps.setInt(4, line.quantity());
                    ps.setBigDecimal(5, line.unitPrice());
                    ps.executeUpdate();
                }
            } finally {
                if (ps != null) {
                    ps.close();
                }
            }
        }
    }

    public record OrderLine(String sku, int quantity, BigDecimal unitPrice) {
    }
}
