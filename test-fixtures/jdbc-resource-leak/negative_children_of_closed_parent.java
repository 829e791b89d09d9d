// Statements and ResultSets created from a parent closed by try-with-resources: closing the connection or the statement releases them.
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

class CategoryTreeDao {

    private static final String ROOTS = "SELECT id FROM categories WHERE parent_id IS NULL ORDER BY position";
    private static final String CHILDREN = "SELECT id FROM categories WHERE parent_id = ? ORDER BY position";
    private static final String REORDER = "UPDATE categories SET position = position + 1 WHERE parent_id = ?";

    private final DataSource dataSource;

    CategoryTreeDao(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    List<Long> roots() throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (Connection connection = dataSource.getConnection()) {
            ResultSet rs = connection.createStatement().executeQuery(ROOTS);
            while (rs.next()) {
                ids.add(rs.getLong(1));
            }
        }
        return ids;
    }

    List<Long> children(long parentId) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement ps = connection.prepareStatement(CHILDREN)) {
            ps.setLong(1, parentId);
            ResultSet rs = ps.executeQuery();
            while (rs.next()) {
                ids.add(rs.getLong(1));
            }
        }
        return ids;
    }

    void shiftChildren(long parentId) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            PreparedStatement ps = connection.prepareStatement(REORDER);
            ps.setLong(1, parentId);
            ps.executeUpdate();
        }
    }
}
