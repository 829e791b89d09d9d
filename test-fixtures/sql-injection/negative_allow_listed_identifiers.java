// Sort columns and directions chosen by request data but taken from literals only: ternaries of two literals, a switch whose default throws.
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class ArticleListingController {

    private final JdbcTemplate jdbcTemplate;

    ArticleListingController(JdbcTemplate jdbcTemplate) {
        this.jdbcTemplate = jdbcTemplate;
    }

    @GetMapping("/articles")
    List<Map<String, Object>> list(@RequestParam("sort") String p, @RequestParam("dir") String dir) {
        String sort = "name".equals(p) ? "name" : "created_at";
        String direction = "asc".equalsIgnoreCase(dir) ? "ASC" : "DESC";
        return jdbcTemplate.queryForList("SELECT id, name FROM articles ORDER BY " + sort + " " + direction);
    }

    @GetMapping("/articles/by")
    List<Map<String, Object>> by(@RequestParam String field) {
        String column;
        switch (field) {
            case "author":
                column = "author_id";
                break;
            case "section":
                column = "section_id";
                break;
            default:
                throw new IllegalArgumentException("unsupported field");
        }
        return jdbcTemplate.queryForList("SELECT id, name FROM articles ORDER BY " + column);
    }

    @GetMapping("/articles/recent")
    List<Map<String, Object>> recent(@RequestParam String view) {
        String table = switch (view) {
            case "drafts" -> "article_drafts";
            case "published" -> "articles";
            default -> throw new IllegalArgumentException("unsupported view");
        };
        return jdbcTemplate.queryForList("SELECT id, name FROM " + table + " ORDER BY id DESC LIMIT 20");
    }
}
