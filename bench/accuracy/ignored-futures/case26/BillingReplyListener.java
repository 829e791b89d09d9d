// Listens on the billing reply queue and hands replies to the registry.
package ignoredfutures.case26;

import org.springframework.jms.annotation.JmsListener;
import org.springframework.stereotype.Component;

@Component
public class BillingReplyListener {

    private final PendingReplyRegistry registry;

    public BillingReplyListener(PendingReplyRegistry registry) {
        this.registry = registry;
    }

    @JmsListener(destination = "billing.replies", concurrency = "2-4")
    public void onReply(ReplyMessage reply) {
        registry.complete(reply);
    }
}
