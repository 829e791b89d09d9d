// Request limits per API plan, read from a properties file on the classpath when the class
// loads.
package staticfields.case14;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

public final class PlanRateLimits {

    private static final Logger log = LoggerFactory.getLogger(PlanRateLimits.class);
    private static final Map<String, Integer> REQUESTS_PER_MINUTE = new HashMap<>();
    private static int fallbackLimit = 60;

    static {
        loadFromClasspath("/rate-limits.properties");
    }

    private PlanRateLimits() {
    }

    private static void loadFromClasspath(String resource) {
        var props = new Properties();
        try (InputStream in = PlanRateLimits.class.getResourceAsStream(resource)) {
            if (in == null) {
                log.warn("{} not found, every plan gets {} requests per minute", resource, fallbackLimit);
                return;
            }
            props.load(in);
        } catch (IOException e) {
            log.warn("cannot read {}", resource, e);
            return;
        }
        for (var plan : props.stringPropertyNames()) {
            int limit = Integer.parseInt(props.getProperty(plan).strip());
            if ("default".equals(plan)) {
                fallbackLimit = limit;
            } else {
                REQUESTS_PER_MINUTE.put(plan, limit);
            }
        }
    }

    public static int limitFor(String plan) {
        return REQUESTS_PER_MINUTE.getOrDefault(plan, fallbackLimit);
    }
}
