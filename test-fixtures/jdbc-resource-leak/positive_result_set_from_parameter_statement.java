// A ResultSet from executeQuery on a Statement or PreparedStatement parameter, never closed (the caller closes the statement later, if at all).
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

final class ProductQueries {

    private static final String COUNT_ACTIVE = "SELECT count(id) FROM products WHERE active = true";

    private ProductQueries() {
    }

    static Long findIdBySku(PreparedStatement findBySku, String sku) throws SQLException {
        findBySku.setString(1, sku);
        ResultSet rs = findBySku.executeQuery();  // expect: jdbc-resource-leak "`ResultSet` from `executeQuery()`"
        return rs.next() ? rs.getLong(1) : null;
    }

    static int countActive(Statement statement) throws SQLException {
        ResultSet rs = statement.executeQuery(COUNT_ACTIVE);  // expect: jdbc-resource-leak "`ResultSet` from `executeQuery()`"
        rs.next();
        return rs.getInt(1);
    }
}
