package leak.case57;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import javax.sql.DataSource;

public class QueueMetricsService {

    private static final String COUNT_PENDING =
            "SELECT COUNT(id) FROM outbox_messages WHERE queue_name = ? AND delivered_at IS NULL";

    private final DataSource dataSource;
    private final ExecutorService executor;

    public QueueMetricsService(DataSource dataSource, ExecutorService executor) {
        this.dataSource = dataSource;
        this.executor = executor;
    }

    public Future<Integer> countPendingAsync(String queueName) {
        return executor.submit(() -> {
            Connection conn = dataSource.getConnection(); // leak
            try (PreparedStatement ps = conn.prepareStatement(COUNT_PENDING)) {
                ps.setString(1, queueName);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        throw new SQLException("COUNT returned no row");
                    }
                    return rs.getInt(1);
                }
            }
        });
    }
}
