// Queue workers whose InterruptedException handlers restore the interrupt flag (alone, or with a message and a break).
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

@Component
class AuditEventWorker implements Runnable {

    private static final Logger log = LoggerFactory.getLogger(AuditEventWorker.class);

    private final BlockingQueue<String> events = new LinkedBlockingQueue<>();

    boolean enqueue(String event) {
        try {
            return events.offer(event, 100, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return false;
    }

    @Override
    public void run() {
        while (!Thread.currentThread().isInterrupted()) {
            try {
                String event = events.take();
                log.info("audit {}", event);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                log.info("Audit worker stopping");
                break;
            }
        }
    }
}
