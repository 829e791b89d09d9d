package leak.case46;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import javax.sql.DataSource;

public class SubscriptionRenewalService {

    private static final String RENEW =
            "UPDATE subscriptions SET expires_on = ? WHERE id = ? AND auto_renew = TRUE";
    private static final String LOG_RENEWAL =
            "INSERT INTO subscription_events (subscription_id, event_type) VALUES (?, 'RENEWED')";

    private final DataSource dataSource;

    public SubscriptionRenewalService(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public int renewAll(List<Long> subscriptionIds, LocalDate newExpiry) throws SQLException {
        int renewed = 0;
        try (Connection conn = dataSource.getConnection()) {
            for (Long id : subscriptionIds) {
                try (PreparedStatement renew = conn.prepareStatement(RENEW)) {
                    renew.setDate(1, Date.valueOf(newExpiry));
                    renew.setLong(2, id);
                    if (renew.executeUpdate() == 0) {
                        continue;
                    }
                }
                try (PreparedStatement log = conn.prepareStatement(LOG_RENEWAL)) {
                    log.setLong(1, id);
                    log.executeUpdate();
                }
                renewed++;
            }
        }
        return renewed;
    }
}
