// Static fields of plain classes, an enum, a prototype bean and a request-scoped bean, written from static methods, a scheduled lambda, a nested class and another class by qualified name.
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.springframework.context.annotation.Scope;
import org.springframework.stereotype.Component;
import org.springframework.web.context.annotation.RequestScope;

final class RetryBudget {

    private static int remaining = 100; // expect: mutable-static-field "`remaining`"

    private RetryBudget() {
    }

    static boolean tryAcquire() {
        if (remaining <= 0) {
            return false;
        }
        remaining--;
        return true;
    }

    static void refill(int tokens) {
        remaining = tokens;
    }
}

enum DeploymentRegion {
    EU_WEST, US_EAST, AP_SOUTH;

    private static DeploymentRegion fallback = EU_WEST; // expect: mutable-static-field "`fallback`"

    static void useFallback(DeploymentRegion region) {
        fallback = region;
    }

    static DeploymentRegion resolve(String code) {
        return switch (code) {
            case "eu" -> EU_WEST;
            case "us" -> US_EAST;
            case "ap" -> AP_SOUTH;
            default -> fallback;
        };
    }
}

class NightlyReportScheduler {

    private static Instant lastRun; // expect: mutable-static-field "`lastRun`"

    private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor();

    void start() {
        executor.scheduleAtFixedRate(() -> {
            generate();
            lastRun = Instant.now();
        }, 0, 24, TimeUnit.HOURS);
    }

    private void generate() {
    }

    static Instant lastRun() {
        return lastRun;
    }
}

class ConnectionPoolStats {

    private static int borrowed; // expect: mutable-static-field "`borrowed`"
    static int peak; // expect: mutable-static-field "`peak`"

    static final class Tracker {

        void onBorrow() {
            borrowed++;
            peak = Math.max(peak, borrowed);
        }

        void onReturn() {
            borrowed--;
        }
    }
}

class PoolMonitor {

    void resetPeak() {
        ConnectionPoolStats.peak = 0;
    }
}

@Component
@Scope("prototype")
class CsvExportWriter {

    private static int exportsWritten; // expect: mutable-static-field "`exportsWritten`"

    String write(Iterable<String> rows) {
        exportsWritten++;
        return String.join("\n", rows);
    }
}

@Component
@RequestScope
class RequestAuditContext {

    private static String lastUser; // expect: mutable-static-field "`lastUser`"

    void begin(String user) {
        lastUser = user;
    }
}
