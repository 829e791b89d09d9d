// Statements never closed themselves, left to the connection's try-with-resources: a pooled connection goes back to the pool with their cursors open.
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

class CategoryMaintenanceDao {

    private static final String ROOTS = "SELECT id FROM categories WHERE parent_id IS NULL ORDER BY position";
    private static final String REORDER = "UPDATE categories SET position = position + 1 WHERE parent_id = ?";

    private final DataSource dataSource;

    CategoryMaintenanceDao(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    List<Long> roots() throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (Connection connection = dataSource.getConnection()) {
            ResultSet rs = connection.createStatement().executeQuery(ROOTS);  // expect: jdbc-resource-leak "`Statement` from `createStatement()`"
            while (rs.next()) {
                ids.add(rs.getLong(1));
            }
        }
        return ids;
    }

    void shiftChildren(long parentId) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            PreparedStatement ps = connection.prepareStatement(REORDER);  // expect: jdbc-resource-leak "`PreparedStatement` from `prepareStatement()`"
            ps.setLong(1, parentId);
            ps.executeUpdate();
        }
    }

    int shiftIfAny(long parentId, boolean dryRun) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            PreparedStatement ps = connection.prepareStatement(REORDER);  // expect: jdbc-resource-leak "`PreparedStatement` from `prepareStatement()`"
            ps.setLong(1, parentId);
            if (dryRun) {
                return 0;
            }
            int shifted = ps.executeUpdate();
            ps.close();
            return shifted;
        }
    }
}
