// A Spring JDBC repository that swallows DuplicateKeyException on insert with a comment-only catch.
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

@Repository
class NewsletterSubscriptionDao {

    private final JdbcTemplate jdbcTemplate;

    NewsletterSubscriptionDao(JdbcTemplate jdbcTemplate) {
        this.jdbcTemplate = jdbcTemplate;
    }

    void subscribe(String email, String listId) {
        try {
            jdbcTemplate.update(
                    "INSERT INTO newsletter_subscription(email, list_id, created_at) VALUES (?, ?, now())",
                    email, listId);
        } catch (DuplicateKeyException e) { // expect: swallowed-exception "DuplicateKeyException"
            // already subscribed
        }
    }
}
