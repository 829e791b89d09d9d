package stars.case41;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class NotificationRepository {

    private final JdbcClient jdbcClient;

    public NotificationRepository(JdbcClient jdbcClient) {
        this.jdbcClient = jdbcClient;
    }

    public List<Notification> unread(long userId) {
        return jdbcClient.sql("SELECT * FROM notifications WHERE user_id = :userId AND read_at IS NULL") // star
                .param("userId", userId)
                .query(Notification.class)
                .list();
    }

    public record Notification(long id, long userId, String body) {}
}
