package nulls.case60;

import java.time.LocalDate;
import java.util.List;

import javax.annotation.CheckForNull;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

@Repository
public class ConsentStore {

    private static final String LATEST = """
            SELECT user_id, marketing, expires_on
              FROM consents
             WHERE user_id = ?
             ORDER BY recorded_at DESC
             LIMIT 1
            """;

    public record ConsentRecord(long userId, boolean marketing, LocalDate expiresOn) {

        public boolean isExpired(LocalDate today) {
            return expiresOn != null && expiresOn.isBefore(today);
        }
    }

    private final JdbcTemplate jdbc;

    public ConsentStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @CheckForNull
    public ConsentRecord latest(long userId) {
        List<ConsentRecord> rows = jdbc.query(LATEST,
                (rs, rowNum) -> new ConsentRecord(
                        rs.getLong("user_id"),
                        rs.getBoolean("marketing"),
                        rs.getObject("expires_on", LocalDate.class)),
                userId);
        return rows.isEmpty() ? null : rows.get(0);
    }
}
