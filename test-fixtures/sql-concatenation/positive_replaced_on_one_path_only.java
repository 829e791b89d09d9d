// Locals replaced by a constant on some paths only: the non-constant text still reaches the query on the others.
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

class ParcelQueries {

    PreparedStatement defaulted(Connection connection, String sort) throws SQLException {
        String order = sort;
        if (order == null) {
            order = "created_at";
        }
        return connection.prepareStatement("SELECT id FROM parcels ORDER BY " + order);  // expect: sql-concatenation "from `order`"
    }

    PreparedStatement inLoop(Connection connection, String first, int pages) throws SQLException {
        String sql = "SELECT id FROM parcels";
        for (int page = 0; page < pages; page++) {
            PreparedStatement statement = connection.prepareStatement(sql);  // expect: sql-concatenation "from `sql`"
            statement.close();
            sql = first;
        }
        return connection.prepareStatement("SELECT 1");
    }
}
