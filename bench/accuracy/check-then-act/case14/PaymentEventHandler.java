// Applies payment events to orders, and the event shape the provider posts.
package checkthenact.case14;

import java.math.BigDecimal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

@Component
public class PaymentEventHandler {

    private final JdbcClient jdbc;

    public PaymentEventHandler(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void handle(PaymentEvent event) {
        var status = switch (event.type()) {
            case "payment.captured" -> "PAID";
            case "payment.refunded" -> "REFUNDED";
            case "payment.failed" -> "PAYMENT_FAILED";
            default -> null;
        };
        if (status == null) {
            return;
        }
        jdbc.sql("UPDATE customer_order SET status = ?, paid_amount = ? WHERE payment_ref = ?")
                .params(status, event.amount(), event.paymentRef())
                .update();
    }
}

record PaymentEvent(String type, String paymentRef, BigDecimal amount) {
}
