// Customer dashboard: recent orders and open tickets are loaded in parallel and combined into
// one view, served as an asynchronous MVC response.
package ignoredfutures.case07;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class DashboardController {

    private final DashboardQueries dashboardQueries;

    public DashboardController(DashboardQueries dashboardQueries) {
        this.dashboardQueries = dashboardQueries;
    }

    @GetMapping("/api/customers/{customerId}/dashboard")
    public CompletableFuture<DashboardView> dashboard(@PathVariable long customerId) {
        var orders = dashboardQueries.recentOrders(customerId);
        var tickets = dashboardQueries.openTickets(customerId);
        return orders.thenCombine(tickets, (o, t) -> new DashboardView(customerId, o, t))
                .orTimeout(3, TimeUnit.SECONDS);
    }
}
