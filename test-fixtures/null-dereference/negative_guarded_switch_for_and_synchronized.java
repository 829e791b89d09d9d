// Switch selectors, enhanced for loops, synchronized monitors and thrown exceptions whose nullable source was checked first, and a queue drained with `while ((x = poll()) != null)`.
import java.io.File;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;

class ImportJobRunner {

    private final Map<String, Object> tenantLocks = new ConcurrentHashMap<>();
    private final Map<String, IllegalStateException> abortReasons = new ConcurrentHashMap<>();
    private final Queue<Runnable> pending = new ConcurrentLinkedQueue<>();

    String mode(HttpServletRequest request) {
        String mode = request.getParameter("mode");
        if (mode == null) {
            return "append";
        }
        return switch (mode) {
            case "replace" -> "truncate-then-insert";
            case "merge" -> "upsert";
            default -> "append";
        };
    }

    int cookieCount(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        int count = 0;
        if (cookies != null) {
            for (Cookie cookie : cookies) {
                count += cookie.getName().startsWith("imp_") ? 1 : 0;
            }
        }
        return count;
    }

    int importFiles(File inbox) {
        File[] files = inbox.listFiles();
        if (files == null) {
            return 0;
        }
        for (File file : files) {
            pending.add(file::delete);
        }
        return files.length;
    }

    void runForTenant(String tenant, Runnable job) {
        Object lock = tenantLocks.computeIfAbsent(tenant, key -> new Object());
        synchronized (lock) {
            job.run();
        }
    }

    void abortIfRequested(String jobId) {
        IllegalStateException reason = abortReasons.get(jobId);
        if (reason != null) {
            throw reason;
        }
    }

    int drain() {
        int ran = 0;
        Runnable task;
        while ((task = pending.poll()) != null) {
            task.run();
            ran++;
        }
        return ran;
    }
}
