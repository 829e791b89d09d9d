// A session registry that extends ConcurrentHashMap<Long, UserSession> and is queried with the String session header.
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

record UserSession(Long userId, Instant expiresAt) {

    boolean expired() {
        return expiresAt.isBefore(Instant.now());
    }
}

@Component
class SessionRegistry extends ConcurrentHashMap<Long, UserSession> {

    private static final long serialVersionUID = 1L;
}

@Component
class SessionHeaderFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    private final transient SessionRegistry registry;

    SessionHeaderFilter(SessionRegistry registry) {
        this.registry = registry;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String sessionId = request.getHeader("X-Session-Id");
        if (sessionId == null || !registry.containsKey(sessionId)) { // expect: incompatible-equals "`Long` with `String`"
            response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
            return;
        }
        UserSession session = registry.get(sessionId); // expect: incompatible-equals "`Long` with `String`"
        if (session.expired()) {
            registry.remove(Long.valueOf(sessionId));
            response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
            return;
        }
        request.setAttribute("userId", session.userId());
        chain.doFilter(request, response);
    }
}
