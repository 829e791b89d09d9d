// Connection.prepareStatement / prepareCall / nativeSQL given SQL with a concatenated parameter, even where values are bound too.
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import javax.sql.DataSource;

class StockLevelDao {

    private final DataSource dataSource;

    StockLevelDao(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    int quantityOf(String sku) throws SQLException {
        String where = " WHERE sku = '" + sku + "'";
        try (Connection connection = dataSource.getConnection();
             PreparedStatement ps = connection.prepareStatement("SELECT quantity FROM stock" + where);  // expect: sql-concatenation "from `where`"
             ResultSet rs = ps.executeQuery()) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    int quantityInWarehouse(String warehouseTable, String sku) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement ps = connection.prepareStatement(  // expect: sql-concatenation "from `warehouseTable`"
                     "SELECT quantity FROM " + warehouseTable + " WHERE sku = ?")) {
            ps.setString(1, sku);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getInt(1) : 0;
            }
        }
    }

    void reserve(String procedure, long orderId) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             CallableStatement call = connection.prepareCall("{call " + procedure + "(?)}")) {  // expect: sql-concatenation "from `procedure`"
            call.setLong(1, orderId);
            call.execute();
        }
    }

    String translate(String vendorFilter) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            return connection.nativeSQL("SELECT sku FROM stock WHERE {fn UCASE(sku)} LIKE " + vendorFilter);  // expect: sql-concatenation "from `vendorFilter`"
        }
    }
}
