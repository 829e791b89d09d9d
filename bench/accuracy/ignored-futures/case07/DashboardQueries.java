// Read queries of the dashboard, each run on the async executor.
package ignoredfutures.case07;

import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Service;

@Service
public class DashboardQueries {

    private final JdbcClient jdbcClient;

    public DashboardQueries(JdbcClient jdbcClient) {
        this.jdbcClient = jdbcClient;
    }

    @Async
    public CompletableFuture<List<DashboardView.OrderLine>> recentOrders(long customerId) {
        var rows = jdbcClient.sql("SELECT id, status, total FROM orders WHERE customer_id = ? ORDER BY created_at DESC LIMIT 10")
                .param(customerId)
                .query(DashboardView.OrderLine.class)
                .list();
        return CompletableFuture.completedFuture(rows);
    }

    @Async
    public CompletableFuture<List<DashboardView.TicketLine>> openTickets(long customerId) {
        var rows = jdbcClient.sql("SELECT id, subject, priority FROM tickets WHERE customer_id = ? AND closed_at IS NULL")
                .param(customerId)
                .query(DashboardView.TicketLine.class)
                .list();
        return CompletableFuture.completedFuture(rows);
    }
}
