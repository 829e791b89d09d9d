// Nullable values only concatenated, passed to String.valueOf, Objects.equals, Objects.toString, Optional.ofNullable, Spring StringUtils or logger arguments: none of these dereference them.
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.util.StringUtils;

class RequestAuditLogger {

    private static final Logger log = LoggerFactory.getLogger(RequestAuditLogger.class);

    private final Map<String, String> userAgentsSeen;

    RequestAuditLogger(Map<String, String> userAgentsSeen) {
        this.userAgentsSeen = userAgentsSeen;
    }

    String audit(HttpServletRequest request, RuntimeException failure) {
        String agent = request.getHeader("User-Agent");
        String previous = userAgentsSeen.get(request.getRemoteAddr());
        log.info("request from {} with agent {} (previously {})", request.getRemoteAddr(), agent, previous);
        log.warn("request failed: {}", failure.getMessage(), failure.getCause());
        boolean changed = !Objects.equals(agent, previous);
        String line = "agent=" + agent + " previous=" + previous + " changed=" + changed;
        String home = String.valueOf(System.getenv("HOME")) + "|" + Objects.toString(System.getProperty("user.name"), "?");
        Optional<String> referer = Optional.ofNullable(request.getHeader("Referer"));
        String query = StringUtils.trimAllWhitespace(request.getQueryString());
        boolean hasPath = StringUtils.hasText(request.getPathInfo());
        return line + home + referer.isPresent() + query + hasPath + StringUtils.capitalize(previous);
    }
}
