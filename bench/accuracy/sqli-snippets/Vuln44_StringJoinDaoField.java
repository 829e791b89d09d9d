package eval.c44;

import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class Vuln44_StringJoinDaoField {

    private final ArticleDao dao;

    public Vuln44_StringJoinDaoField(ArticleDao dao) {
        this.dao = dao;
    }

    @GetMapping("/api/articles/by-tags")
    public List<Map<String, Object>> byTags(@RequestParam("tag") String[] tags) {
        String inList = "'" + String.join("','", tags) + "'";
        String sql = "SELECT a.id, a.title FROM articles a JOIN article_tags t ON t.article_id = a.id"
                + " WHERE t.tag IN (" + inList + ")";
        return dao.named.queryForList(sql, new MapSqlParameterSource()); // sink
    }
}

class ArticleDao {

    final NamedParameterJdbcTemplate named;

    ArticleDao(NamedParameterJdbcTemplate named) {
        this.named = named;
    }
}
