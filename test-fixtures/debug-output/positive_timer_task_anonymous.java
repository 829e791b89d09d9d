// A session sweeper that starts an anonymous TimerTask from afterPropertiesSet and prints the stack trace when a sweep fails.
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Timer;
import java.util.TimerTask;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Component;

@Component
class IdleSessionSweeper implements InitializingBean, DisposableBean {

    private final Map<String, Instant> lastSeen = new ConcurrentHashMap<>();
    private final Timer timer = new Timer("idle-session-sweeper", true);

    void touch(String sessionId) {
        lastSeen.put(sessionId, Instant.now());
    }

    @Override
    public void afterPropertiesSet() {
        timer.scheduleAtFixedRate(new TimerTask() {
            @Override
            public void run() {
                try {
                    Instant cutoff = Instant.now().minus(Duration.ofMinutes(30));
                    lastSeen.entrySet().removeIf(e -> e.getValue().isBefore(cutoff));
                } catch (RuntimeException e) {
                    e.printStackTrace(); // expect: debug-output "printStackTrace"
                }
            }
        }, 60_000, 60_000);
    }

    @Override
    public void destroy() {
        timer.cancel();
    }
}
