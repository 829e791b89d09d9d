package streq.case15;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

@Component
public class QueueRouter {

    private static final String FAST_QUEUE = "orders.fast";

    @Value("${messaging.default-queue:orders.standard}")
    private String defaultQueue;

    public boolean isRoutedCorrectly(OutboundMessage message, boolean urgent) {
        String target = urgent ? FAST_QUEUE : defaultQueue;
        if (target == message.queue()) {
            return true;
        }
        return message.body().length == 0;
    }
}
