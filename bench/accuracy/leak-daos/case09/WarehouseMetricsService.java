package leak.case09;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import javax.sql.DataSource;

public class WarehouseMetricsService {

    private static final String OPEN_PICK_TASKS =
            "SELECT COUNT(id) FROM pick_tasks WHERE warehouse_id = ? AND completed_at IS NULL";

    private final DataSource dataSource;
    private final Executor executor;

    public WarehouseMetricsService(DataSource dataSource, Executor executor) {
        this.dataSource = dataSource;
        this.executor = executor;
    }

    public CompletableFuture<Long> openPickTasks(long warehouseId) {
        return CompletableFuture.supplyAsync(() -> {
            try (Connection conn = dataSource.getConnection();
                 PreparedStatement ps = conn.prepareStatement(OPEN_PICK_TASKS)) {
                ps.setLong(1, warehouseId);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? rs.getLong(1) : 0L;
                }
            } catch (SQLException e) {
                throw new CompletionException(e);
            }
        }, executor);
    }
}
