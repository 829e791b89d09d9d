// An anonymous TransactionSynchronization whose afterCommit catch logs only a message, so a failed event publish is lost.
import java.math.BigDecimal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

record OrderPlacedEvent(long orderId, BigDecimal total) {
}

@Service
class OrderEventRelay {

    private static final Logger log = LoggerFactory.getLogger(OrderEventRelay.class);

    private final ApplicationEventPublisher publisher;

    OrderEventRelay(ApplicationEventPublisher publisher) {
        this.publisher = publisher;
    }

    void relayAfterCommit(OrderPlacedEvent event) {
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                try {
                    publisher.publishEvent(event);
                } catch (RuntimeException e) { // expect: swallowed-exception "RuntimeException"
                    log.warn("Order event could not be published after commit");
                }
            }
        });
    }
}
