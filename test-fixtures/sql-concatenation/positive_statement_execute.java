// java.sql.Statement execute / executeQuery / executeUpdate / executeLargeUpdate, incl. connection.createStatement().executeQuery(..).
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

class WarehouseJdbcDao {

    private final DataSource dataSource;

    WarehouseJdbcDao(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    List<String> skusIn(String warehouse) throws SQLException {
        List<String> skus = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
             ResultSet rs = connection.createStatement().executeQuery(  // expect: sql-concatenation "from `warehouse`"
                     "SELECT sku FROM stock WHERE warehouse = '" + warehouse + "'")) {
            while (rs.next()) {
                skus.add(rs.getString("sku"));
            }
        }
        return skus;
    }

    int adjust(String sku, int delta) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             Statement statement = connection.createStatement()) {
            return statement.executeUpdate("UPDATE stock SET quantity = quantity + " + delta + " WHERE sku = '" + sku + "'");  // expect: sql-concatenation "from `delta`"
        }
    }

    long purgeMovements(String table, int keepDays) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             Statement statement = connection.createStatement()) {
            return statement.executeLargeUpdate(  // expect: sql-concatenation "from `table`"
                    "DELETE FROM " + table + " WHERE moved_at < current_date - " + keepDays);
        }
    }

    void truncate(String table) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("TRUNCATE TABLE " + table);  // expect: sql-concatenation "from `table`"
        }
    }
}
