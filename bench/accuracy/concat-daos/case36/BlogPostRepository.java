package concat.case36;

import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

@Repository
public class BlogPostRepository {
    private static final RowMapper<Post> MAPPER = (rs, i) -> new Post(
            rs.getLong("id"), rs.getString("title"), rs.getTimestamp("published_at").toInstant());

    private final JdbcTemplate jdbcTemplate;

    public BlogPostRepository(JdbcTemplate jdbcTemplate) {
        this.jdbcTemplate = jdbcTemplate;
    }

    public List<Post> page(int pageNo, int pageSize) {
        String sql = "SELECT id, title, published_at FROM posts ORDER BY published_at DESC LIMIT " + pageSize
                + " OFFSET " + (pageNo * pageSize);
        return jdbcTemplate.query(sql, MAPPER); // sink
    }

    public record Post(long id, String title, Instant publishedAt) {
    }
}
