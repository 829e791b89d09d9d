package eval5.case53;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

final class SqlProductSearch implements ProductSearch {

    private final DataSource dataSource;

    SqlProductSearch(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public List<String> namesMatching(String text, int limit) {
        String sql = "SELECT name FROM products WHERE name ILIKE '%" + text + "%' ORDER BY popularity DESC LIMIT " + limit;
        List<String> names = new ArrayList<>();
        try (Connection con = dataSource.getConnection(); Statement st = con.createStatement()) {
            try (ResultSet rs = st.executeQuery(sql)) { // sink
                while (rs.next()) {
                    names.add(rs.getString(1));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("product search failed", e);
        }
        return names;
    }
}
