// An HTTP method dispatcher that branches on Strings with switch and compares only the int results with ==.
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Component;

@Component
public class MethodDispatcher {

    public int weightOf(HttpServletRequest request) {
        int weight = switch (request.getMethod()) {
            case "GET", "HEAD" -> 1;
            case "POST", "PUT" -> 5;
            default -> 10;
        };
        return weight == 10 ? -1 : weight;
    }

    public boolean isWrite(String method) {
        switch (method) {
            case "POST":
            case "PUT":
            case "DELETE":
                return true;
            default:
                return false;
        }
    }

    public boolean isIdempotent(String method) {
        var safe = switch (method) {
            case "GET", "HEAD", "OPTIONS" -> true;
            default -> false;
        };
        return safe == true || "PUT".equals(method);
    }
}
