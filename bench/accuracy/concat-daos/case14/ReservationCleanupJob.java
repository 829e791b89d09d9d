package concat.case14;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

@Component
public class ReservationCleanupJob {
    private static final String TABLE = "inventory_reservations";

    private final JdbcTemplate jdbcTemplate;

    public ReservationCleanupJob(JdbcTemplate jdbcTemplate) {
        this.jdbcTemplate = jdbcTemplate;
    }

    @Scheduled(fixedDelay = 60_000)
    public void releaseExpired() {
        String sql = """
                UPDATE %s
                   SET released_at = now()
                 WHERE expires_at < now()
                   AND released_at IS NULL
                """.formatted(TABLE);
        int released = jdbcTemplate.update(sql); // sink
        if (released > 0) {
            System.getLogger(ReservationCleanupJob.class.getName())
                    .log(System.Logger.Level.INFO, "released {0} reservations", released);
        }
    }
}
