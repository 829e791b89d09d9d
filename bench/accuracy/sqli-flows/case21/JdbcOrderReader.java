package eval5.case21;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

import javax.sql.DataSource;

final class JdbcOrderReader implements OrderReader {

    private static final String COLUMNS = "o.reference, o.status, o.total_amount, o.currency";
    private static final String BY_REFERENCE = "SELECT " + COLUMNS + " FROM orders o WHERE o.reference = ?";

    private final DataSource dataSource;

    JdbcOrderReader(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public Optional<OrderSummary> byReference(String reference) {
        try (Connection con = dataSource.getConnection();
             PreparedStatement ps = con.prepareStatement(BY_REFERENCE)) { // sink
            ps.setString(1, reference);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                return Optional.of(new OrderSummary(rs.getString(1), rs.getString(2), rs.getBigDecimal(3), rs.getString(4)));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("order lookup failed for " + reference, e);
        }
    }
}
