package streq.case41;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

@Component
public class QueueRouter {

    private static final int FAST_PRIORITY = 9;

    @Value("${messaging.default-priority:4}")
    private int defaultPriority;

    public boolean isRoutedCorrectly(OutboundMessage message, boolean urgent) {
        int target = urgent ? FAST_PRIORITY : defaultPriority;
        if (target == message.priority()) {
            return true;
        }
        return message.body().length == 0;
    }
}
