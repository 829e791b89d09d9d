// Locals that start from non-constant text but hold constants on every path that reaches the query: overwritten, set in both branches, set in every switch case.
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

class ShipmentQueries {

    PreparedStatement overwritten(Connection connection, String region) throws SQLException {
        String sql = "SELECT id FROM shipments WHERE region = '" + region + "'";
        sql = "SELECT id FROM shipments WHERE region = ?";
        PreparedStatement statement = connection.prepareStatement(sql);
        statement.setString(1, region);
        return statement;
    }

    PreparedStatement bothBranches(Connection connection, String requested, boolean archived) throws SQLException {
        String sql = requested;
        if (archived) {
            sql = "SELECT id FROM shipments_archive WHERE carrier = ?";
        } else {
            sql = "SELECT id FROM shipments WHERE carrier = ?";
        }
        return connection.prepareStatement(sql);
    }

    PreparedStatement everyCase(Connection connection, String order, int kind) throws SQLException {
        String sql = order;
        switch (kind) {
            case 1:
                sql = "SELECT id FROM shipments ORDER BY created_at";
                break;
            case 2:
                sql = "SELECT id FROM shipments ORDER BY weight";
                break;
            default:
                throw new IllegalArgumentException("unknown kind " + kind);
        }
        return connection.prepareStatement(sql);
    }
}
