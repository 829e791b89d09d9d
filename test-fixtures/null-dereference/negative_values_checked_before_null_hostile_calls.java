// The same calls given values that cannot be null: a variable with a fallback, a property with a default, a checked parameter, and a valueOf of a type that is not an enum of this file.
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Objects;

class CheckedConfigurationPaths {

    enum Status { OPEN, CLOSED }

    URI endpoint() {
        return URI.create(Objects.requireNonNullElse(System.getenv("ENDPOINT_URL"), "http://localhost:8080"));
    }

    Path configDirectory(String file) {
        return Paths.get(System.getProperty("app.config.dir", "/etc/app")).resolve(file);
    }

    Status status(HttpServletRequest request) {
        String status = request.getParameter("status");
        if (status == null) {
            return Status.OPEN;
        }
        return Status.valueOf(status);
    }

    Path home(String fallback) {
        String home = System.getenv("APP_HOME");
        return Path.of(home != null ? home : fallback, "conf");
    }
}
