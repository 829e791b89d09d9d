// What the customer dashboard shows.
package ignoredfutures.case07;

import java.math.BigDecimal;
import java.util.List;

public record DashboardView(long customerId, List<OrderLine> orders, List<TicketLine> tickets) {

    public record OrderLine(long id, String status, BigDecimal total) {
    }

    public record TicketLine(long id, String subject, int priority) {
    }
}
