// getGeneratedKeys() on a Statement or PreparedStatement parameter, never closed.
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

final class OrderInsertSupport {

    private OrderInsertSupport() {
    }

    static long insertAndReturnId(PreparedStatement insert) throws SQLException {
        insert.executeUpdate();
        ResultSet keys = insert.getGeneratedKeys();  // expect: jdbc-resource-leak "`ResultSet` from `getGeneratedKeys()`"
        if (!keys.next()) {
            throw new SQLException("insert returned no generated key");
        }
        return keys.getLong(1);
    }

    static List<Long> generatedIds(Statement statement) throws SQLException {
        List<Long> ids = new ArrayList<>();
        ResultSet keys = statement.getGeneratedKeys();  // expect: jdbc-resource-leak "`ResultSet` from `getGeneratedKeys()`"
        while (keys.next()) {
            ids.add(keys.getLong(1));
        }
        return ids;
    }
}
