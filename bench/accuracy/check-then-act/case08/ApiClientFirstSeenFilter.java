// Public API filter: reads the client id header of every request and, the first time this
// instance sees a client, writes an audit line and publishes an event for the onboarding team.
package checkthenact.case08;

import java.io.IOException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

@Component
public class ApiClientFirstSeenFilter extends OncePerRequestFilter {

    private static final Logger audit = LoggerFactory.getLogger("audit.api-clients");
    private static final String CLIENT_HEADER = "X-Client-Id";

    private final Set<String> announcedClients = ConcurrentHashMap.newKeySet();
    private final ApplicationEventPublisher events;

    public ApiClientFirstSeenFilter(ApplicationEventPublisher events) {
        this.events = events;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith("/api/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var clientId = request.getHeader(CLIENT_HEADER);
        if (clientId != null && !clientId.isBlank()) {
            if (!announcedClients.contains(clientId)) { // race
                announcedClients.add(clientId);
                audit.info("first request of API client {} from {}", clientId, request.getRemoteAddr());
                events.publishEvent(new ApiClientFirstSeen(clientId, request.getRequestURI()));
            }
        }
        chain.doFilter(request, response);
    }

    public record ApiClientFirstSeen(String clientId, String firstPath) {
    }
}
