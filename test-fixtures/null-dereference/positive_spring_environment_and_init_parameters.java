// A Spring Environment property and a servlet init parameter read without a default and dereferenced: unset in one deployment, they are null.
import jakarta.servlet.FilterConfig;
import org.springframework.core.env.Environment;

class DeploymentSettings {

    private final Environment environment;

    DeploymentSettings(Environment environment) {
        this.environment = environment;
    }

    String callbackHost() {
        return this.environment.getProperty("callback.url").replace("https://", "");  // expect: null-dereference "getProperty("
    }

    int retries(FilterConfig config) {
        String retries = config.getInitParameter("retries");
        return Integer.parseInt(retries.trim());  // expect: null-dereference "getInitParameter("
    }
}
