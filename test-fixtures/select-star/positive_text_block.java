// SELECT * in text blocks: a constant with a leading SQL comment, an inline query with s.*, and a lower-case local.
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

class SubscriptionDao {

    record Subscription(long id, long customerId, String status, Instant renewsAt) {}

    private static final String DUE_FOR_RENEWAL = """
            -- renewal job: active subscriptions whose period ends before the cutoff
            SELECT *
            FROM subscriptions
            WHERE status = 'ACTIVE'
              AND renews_at < ?
            """;  // expect: select-star "`subscriptions`"

    private final JdbcTemplate jdbcTemplate;
    private final NamedParameterJdbcTemplate namedJdbc;

    SubscriptionDao(JdbcTemplate jdbcTemplate, NamedParameterJdbcTemplate namedJdbc) {
        this.jdbcTemplate = jdbcTemplate;
        this.namedJdbc = namedJdbc;
    }

    List<Subscription> dueForRenewal(Instant cutoff) {
        return jdbcTemplate.query(DUE_FOR_RENEWAL, this::mapSubscription, Timestamp.from(cutoff));
    }

    List<Subscription> ofCustomer(long customerId) {
        return jdbcTemplate.query("""
                SELECT s.*, p.name AS plan_name
                FROM subscriptions s
                JOIN plans p ON p.id = s.plan_id
                WHERE s.customer_id = ?
                """, this::mapSubscription, customerId);  // expect: select-star "`subscriptions`"
    }

    List<Map<String, Object>> history(long subscriptionId) {
        String sql = """
                select *
                  from subscription_events
                 where subscription_id = :id
                 order by occurred_at
                """;  // expect: select-star "`subscription_events`"
        return namedJdbc.queryForList(sql, Map.of("id", subscriptionId));
    }

    private Subscription mapSubscription(ResultSet rs, int rowNum) throws SQLException {
        return new Subscription(
                rs.getLong("id"),
                rs.getLong("customer_id"),
                rs.getString("status"),
                rs.getTimestamp("renews_at").toInstant());
    }
}
