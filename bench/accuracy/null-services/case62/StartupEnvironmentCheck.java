package nulls.case62;

import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * Refuses to start when a mandatory variable is missing, then runs the registered
 * start-up probes.
 */
@Component
public class StartupEnvironmentCheck implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(StartupEnvironmentCheck.class);

    private static final List<String> REQUIRED = List.of("DB_URL", "DB_USER", "DB_PASSWORD", "KAFKA_BOOTSTRAP");

    public interface StartupProbe {
        String name();

        void run() throws Exception;
    }

    private final Queue<StartupProbe> probes = new ConcurrentLinkedQueue<>();

    public void register(StartupProbe probe) {
        probes.add(probe);
    }

    @Override
    public void run(ApplicationArguments args) throws Exception {
        List<String> missing = new ArrayList<>();
        for (String name : REQUIRED) {
            String value = System.getenv(name);
            if (value == null) {
                missing.add(name);
                continue;
            }
            if (value.strip().isEmpty()) {
                missing.add(name);
            }
        }
        if (!missing.isEmpty()) {
            throw new IllegalStateException("missing environment variables: " + String.join(", ", missing));
        }

        while (true) {
            StartupProbe probe = probes.poll();
            if (probe == null) {
                break;
            }
            log.info("running start-up probe {}", probe.name());
            probe.run();
        }
    }
}
