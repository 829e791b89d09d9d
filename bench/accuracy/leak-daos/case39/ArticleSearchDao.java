package leak.case39;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

public class ArticleSearchDao {

    private static final String COUNT_PUBLISHED =
            "SELECT COUNT(id) FROM articles WHERE category_id = ? AND published = TRUE";
    private static final String PAGE_PUBLISHED =
            "SELECT id, title FROM articles WHERE category_id = ? AND published = TRUE "
                    + "ORDER BY published_at DESC LIMIT ? OFFSET ?";

    private final DataSource dataSource;

    public ArticleSearchDao(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public Page findPublished(long categoryId, int pageNo, int pageSize) throws SQLException {
        try (Connection conn = dataSource.getConnection();
             PreparedStatement countPs = conn.prepareStatement(COUNT_PUBLISHED);
             PreparedStatement pagePs = conn.prepareStatement(PAGE_PUBLISHED)) {
            ResultSet rs = null;
            try {
                countPs.setLong(1, categoryId);
                rs = countPs.executeQuery(); // leak
                rs.next();
                long total = rs.getLong(1);

                pagePs.setLong(1, categoryId);
                pagePs.setInt(2, pageSize);
                pagePs.setInt(3, pageNo * pageSize);
                rs = pagePs.executeQuery();
                List<ArticleHeader> items = new ArrayList<>();
                while (rs.next()) {
                    items.add(new ArticleHeader(rs.getLong("id"), rs.getString("title")));
                }
                return new Page(total, items);
            } finally {
                if (rs != null) {
                    rs.close();
                }
            }
        }
    }

    public record ArticleHeader(long id, String title) {
    }

    public record Page(long total, List<ArticleHeader> items) {
    }
}
