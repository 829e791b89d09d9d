// Helpers that take the caller's Connection (one transaction) and close only their own statements and keys in try-with-resources.
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import javax.sql.DataSource;

class OrderPlacementService {

    private static final String INSERT_ORDER = "INSERT INTO orders (customer_id, status) VALUES (?, 'NEW')";
    private static final String INSERT_LINE = "INSERT INTO order_lines (order_id, sku) VALUES (?, ?)";

    private final DataSource dataSource;

    OrderPlacementService(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    long place(long customerId, List<String> skus) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                long orderId = insertOrder(connection, customerId);
                insertLines(connection, orderId, skus);
                connection.commit();
                return orderId;
            } catch (SQLException e) {
                connection.rollback();
                throw e;
            }
        }
    }

    private static long insertOrder(Connection connection, long customerId) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(INSERT_ORDER, Statement.RETURN_GENERATED_KEYS)) {
            ps.setLong(1, customerId);
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                if (!keys.next()) {
                    throw new SQLException("insert into orders returned no key");
                }
                return keys.getLong(1);
            }
        }
    }

    private static void insertLines(Connection connection, long orderId, List<String> skus) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(INSERT_LINE)) {
            for (String sku : skus) {
                ps.setLong(1, orderId);
                ps.setString(2, sku);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }
}
