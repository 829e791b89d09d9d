// Spring Environment properties read with a default, as required, or checked, and an init parameter checked.
import jakarta.servlet.FilterConfig;
import org.springframework.core.env.Environment;
import org.springframework.util.StringUtils;

class DeploymentDefaults {

    private final Environment environment;

    DeploymentDefaults(Environment environment) {
        this.environment = environment;
    }

    String callbackHost() {
        return this.environment.getProperty("callback.url", "http://localhost").replace("https://", "");
    }

    String region() {
        return this.environment.getRequiredProperty("cloud.region").toUpperCase();
    }

    String zone() {
        String zone = this.environment.getProperty("cloud.zone");
        return StringUtils.hasText(zone) ? zone.trim() : "a";
    }

    int retries(FilterConfig config) {
        String retries = config.getInitParameter("retries");
        if (retries == null) {
            return 3;
        }
        return Integer.parseInt(retries.trim());
    }
}
