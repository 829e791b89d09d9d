package leak.case35;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import javax.sql.DataSource;

public class CommentDao {

    private static final String INSERT_COMMENT =
            "INSERT INTO comments (article_id, author_id, body, created_at) VALUES (?, ?, ?, ?)";

    private final DataSource dataSource;

    public CommentDao(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public long addComment(long articleId, long authorId, String body) throws SQLException {
        try (Connection conn = dataSource.getConnection();
             PreparedStatement ps = conn.prepareStatement(INSERT_COMMENT, Statement.RETURN_GENERATED_KEYS)) {
            ps.setLong(1, articleId);
            ps.setLong(2, authorId);
            ps.setString(3, body);
            ps.setTimestamp(4, Timestamp.from(Instant.now()));
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                if (!keys.next()) {
                    throw new SQLException("Insert into comments returned no generated key");
                }
                return keys.getLong(1);
            }
        }
    }
}
