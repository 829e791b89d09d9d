// Values that may be missing handed to calls that throw for null: URI.create, Paths.get and Path.of of an unset variable or property, and valueOf of an enum of this file with a parameter the client may not send.
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.nio.file.Path;
import java.nio.file.Paths;

class ConfigurationPaths {

    enum Status { OPEN, CLOSED }

    URI endpoint() {
        return URI.create(System.getenv("ENDPOINT_URL"));  // expect: null-dereference "getenv("
    }

    Path configDirectory(String file) {
        return Paths.get(System.getProperty("app.config.dir")).resolve(file);  // expect: null-dereference "getProperty("
    }

    Path home() {
        return Path.of(System.getenv("APP_HOME"), "conf");  // expect: null-dereference "getenv("
    }

    Status status(HttpServletRequest request) {
        return Status.valueOf(request.getParameter("status"));  // expect: null-dereference "getParameter("
    }
}
