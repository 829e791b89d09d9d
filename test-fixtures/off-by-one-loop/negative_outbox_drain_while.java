// A shutdown hook that drains the outbox in a `while (i < batch.size())` loop, using the outbox types declared in another file.
import java.util.List;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

@Component
class OutboxShutdownDrainer implements DisposableBean {

    private final OutboxStore store;
    private final OutboxPublisher publisher;

    OutboxShutdownDrainer(OutboxStore store, OutboxPublisher publisher) {
        this.store = store;
        this.publisher = publisher;
    }

    @Override
    public void destroy() {
        List<OutboxEvent> batch = store.findPending(1000);
        int i = 0;
        while (i < batch.size()) {
            OutboxEvent event = batch.get(i);
            publisher.publish(event.topic(), event.payload());
            store.markSent(event.id());
            i++;
        }
    }
}
