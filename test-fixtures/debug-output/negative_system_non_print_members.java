// A runtime info endpoint and a startup guard that use System.getProperty, getenv, lineSeparator, nanoTime and exit, none of which print.
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.ContextRefreshedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
class RuntimeInfoController {

    private final long startedAt = System.nanoTime();

    @GetMapping("/internal/runtime")
    Map<String, Object> info() {
        Map<String, Object> info = new LinkedHashMap<>();
        info.put("javaVersion", System.getProperty("java.version"));
        info.put("host", System.getenv().getOrDefault("HOSTNAME", "unknown"));
        info.put("uptimeMs", (System.nanoTime() - startedAt) / 1_000_000);
        info.put("now", System.currentTimeMillis());
        info.put("banner", String.join(System.lineSeparator(), "runtime", "info"));
        return info;
    }
}

@Component
class RequiredEnvironmentGuard {

    private static final Logger log = LoggerFactory.getLogger(RequiredEnvironmentGuard.class);

    @EventListener(ContextRefreshedEvent.class)
    void check() {
        if (System.getenv("DATABASE_URL") == null) {
            log.error("DATABASE_URL is not set, shutting down");
            System.exit(78);
        }
    }
}
