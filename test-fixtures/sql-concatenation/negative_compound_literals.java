// `+=` that only appends literals (optional filters whose values are bound, a loop of ? placeholders): the SQL stays constant text.
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;

class ReviewModerationDao {

    private final JdbcTemplate jdbcTemplate;

    ReviewModerationDao(JdbcTemplate jdbcTemplate) {
        this.jdbcTemplate = jdbcTemplate;
    }

    List<Map<String, Object>> pending(long productId, boolean onlyFlagged, boolean withImages) {
        String sql = "SELECT id, rating, body FROM reviews WHERE status = 'PENDING' AND product_id = ?";
        if (onlyFlagged) {
            sql += " AND flagged = true";
        }
        if (withImages) {
            sql += " AND image_count > 0";
        }
        sql += " ORDER BY created_at";
        return jdbcTemplate.queryForList(sql, productId);
    }

    List<Map<String, Object>> search(Integer minRating, String author) {
        String sql = "SELECT id, rating, author FROM reviews WHERE 1 = 1";
        List<Object> args = new ArrayList<>();
        if (minRating != null) {
            sql += " AND rating >= ?";
            args.add(minRating);
        }
        if (author != null) {
            sql += " AND author = ?";
            args.add(author);
        }
        return jdbcTemplate.queryForList(sql, args.toArray());
    }

    int approve(List<Long> reviewIds) {
        String sql = "UPDATE reviews SET status = 'APPROVED' WHERE id IN (";
        for (int i = 0; i < reviewIds.size(); i++) {
            sql += i == 0 ? "?" : ", ?";
        }
        sql += ")";
        return jdbcTemplate.update(sql, reviewIds.toArray());
    }
}
