// volatile static flags only ever assigned true or false: from bean methods, @PreDestroy, a shutdown-hook lambda and a polling worker.
import jakarta.annotation.PreDestroy;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
class MaintenanceModeController {

    private static volatile boolean maintenance;

    @PostMapping("/admin/maintenance/on")
    void on() {
        maintenance = true;
    }

    @PostMapping("/admin/maintenance/off")
    void off() {
        maintenance = false;
    }

    static boolean active() {
        return maintenance;
    }
}

final class GracefulShutdown {

    private static volatile boolean shuttingDown = false;

    private GracefulShutdown() {
    }

    static void install() {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> shuttingDown = true));
    }

    static boolean acceptingWork() {
        return !shuttingDown;
    }
}

@Component
class OutboxPoller implements Runnable {

    private static volatile boolean stopRequested;

    @Override
    public void run() {
        while (!stopRequested) {
            pollOnce();
        }
    }

    private void pollOnce() {
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stopRequested = true;
        }
    }

    @PreDestroy
    void stop() {
        stopRequested = true;
    }
}
