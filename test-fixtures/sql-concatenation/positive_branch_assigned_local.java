// A local that holds a literal on one path and a parameter on another (if, ternary, switch default) before reaching the SQL.
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;

class ArticleFeedDao {

    private final JdbcTemplate jdbcTemplate;

    ArticleFeedDao(JdbcTemplate jdbcTemplate) {
        this.jdbcTemplate = jdbcTemplate;
    }

    List<Map<String, Object>> feed(String sort, int limit) {
        String orderBy = "published_at DESC";
        if (sort != null && !sort.isBlank()) {
            orderBy = sort;
        }
        return jdbcTemplate.queryForList("SELECT id, title FROM articles ORDER BY " + orderBy + " LIMIT ?", limit);  // expect: sql-concatenation "from `orderBy`"
    }

    List<Map<String, Object>> byAuthor(String author, boolean drafts, String draftTable) {
        String table = drafts ? draftTable : "articles";
        return jdbcTemplate.queryForList("SELECT id, title FROM " + table + " WHERE author = ?", author);  // expect: sql-concatenation "from `table`"
    }

    int archive(String kind, long id) {
        String table;
        switch (kind) {
            case "news":
                table = "news_articles";
                break;
            case "blog":
                table = "blog_articles";
                break;
            default:
                table = kind + "_articles";
        }
        return jdbcTemplate.update("UPDATE " + table + " SET archived = true WHERE id = ?", id);  // expect: sql-concatenation "from `table`"
    }
}
