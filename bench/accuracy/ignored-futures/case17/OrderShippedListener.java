// When an order ships, the shipping notice is queued through the notification outbox.
package ignoredfutures.case17;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

@Component
public class OrderShippedListener {

    private final OutboxNotifications notifications;

    public OrderShippedListener(OutboxNotifications notifications) {
        this.notifications = notifications;
    }

    @EventListener
    public void onShipped(OrderShipped event) {
        notifications.sendAsync(event.customerEmail(), "order-shipped",
                "Your order %s is on its way (tracking %s)".formatted(event.orderNumber(), event.trackingNumber()));
        notifications.submitDigestEntry(event.customerEmail(), event.orderNumber());
    }

    public record OrderShipped(String orderNumber, String customerEmail, String trackingNumber) {
    }
}
