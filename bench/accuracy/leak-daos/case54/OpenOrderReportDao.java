package leak.case54;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

public class OpenOrderReportDao {

    private static final String OPEN_ORDERS =
            "SELECT id, customer_id FROM orders WHERE status = 'OPEN' ORDER BY id";
    private static final String LINES_FOR_ORDER =
            "SELECT sku, quantity FROM order_lines WHERE order_id = ? ORDER BY line_no";

    private final DataSource dataSource;

    public OpenOrderReportDao(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public List<Order> findOpenOrdersWithLines() throws SQLException {
        List<Order> orders = new ArrayList<>();
        try (Connection conn = dataSource.getConnection();
             PreparedStatement orderPs = conn.prepareStatement(OPEN_ORDERS);
             ResultSet orderRs = orderPs.executeQuery()) {
            while (orderRs.next()) {
                long orderId = orderRs.getLong("id");
                long customerId = orderRs.getLong("customer_id");
                PreparedStatement linePs = conn.prepareStatement(LINES_FOR_ORDER); // leak
                linePs.setLong(1, orderId);
                List<Line> lines = new ArrayList<>();
                try (ResultSet lineRs = linePs.executeQuery()) {
                    while (lineRs.next()) {
                        lines.add(new Line(lineRs.getString("sku"), lineRs.getInt("quantity")));
                    }
                }
                orders.add(new Order(orderId, customerId, lines));
            }
        }
        return orders;
    }

    public record Line(String sku, int quantity) {
    }

    public record Order(long id, long customerId, List<Line> lines) {
    }
}
