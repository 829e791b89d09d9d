// ResultSets created from a statement closed by try-with-resources: closing a statement closes its result sets (JDBC guarantees it).
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

class CategoryTreeDao {

    private static final String CHILDREN = "SELECT id FROM categories WHERE parent_id = ? ORDER BY position";

    private final DataSource dataSource;

    CategoryTreeDao(DataSource dataSource) {
        this.dataSource = dataSource;
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
}
