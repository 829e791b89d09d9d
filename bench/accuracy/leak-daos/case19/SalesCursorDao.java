package leak.case19;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.YearMonth;

/**
 * Streams report rows over a connection owned by the caller.
 */
public class SalesCursorDao {

    private static final String MONTHLY_SALES =
            "SELECT order_id, sku, quantity, amount FROM sales WHERE sold_on BETWEEN ? AND ? ORDER BY sold_on";

    private final Connection connection;

    public SalesCursorDao(Connection connection) {
        this.connection = connection;
    }

    /** Returns an open cursor; the caller must close the result set. */
    public ResultSet openMonthlySales(YearMonth month) throws SQLException {
        PreparedStatement ps = connection.prepareStatement(MONTHLY_SALES); // leak
        ps.setFetchSize(1_000);
        ps.setDate(1, Date.valueOf(month.atDay(1)));
        ps.setDate(2, Date.valueOf(month.atEndOfMonth()));
        return ps.executeQuery();
    }
}
