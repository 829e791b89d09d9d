package concat.case27;

import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class CommentRepository {
    private final JdbcClient jdbcClient;

    public CommentRepository(JdbcClient jdbcClient) {
        this.jdbcClient = jdbcClient;
    }

    public List<Comment> forPost(long postId, boolean newestFirst) {
        String direction = newestFirst ? "DESC" : "ASC";
        String sql = "SELECT id, author, body, posted_at FROM comments WHERE post_id = ? ORDER BY posted_at " + direction;
        return jdbcClient.sql(sql).param(postId).query(Comment.class).list(); // sink
    }

    public record Comment(long id, String author, String body, Instant postedAt) {
    }
}
