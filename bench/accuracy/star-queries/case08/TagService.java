package stars.case08;

import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class TagService {

    private final JdbcTemplate jdbcTemplate;

    public TagService(JdbcTemplate jdbcTemplate) {
        this.jdbcTemplate = jdbcTemplate;
    }

    @Transactional(readOnly = true)
    public List<Tag> distinctTags() {
        return jdbcTemplate.query("SELECT DISTINCT * FROM article_tags", // star
                (rs, n) -> new Tag(rs.getLong("article_id"), rs.getString("label")));
    }

    public record Tag(long articleId, String label) {}
}
