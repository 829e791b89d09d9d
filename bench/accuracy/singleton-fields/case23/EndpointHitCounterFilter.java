// Counts hits per endpoint and status class for the capacity report.
package singletons.case23;

import java.util.HashMap;
import java.util.Map;

import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

@WebFilter(urlPatterns = "/api/*", initParams = @jakarta.servlet.annotation.WebInitParam(name = "applicationName", value = "orders"))
public class EndpointHitCounterFilter extends AbstractAuditingFilter {

    private Map<String, Integer> hitsByEndpoint = new HashMap<>(); // shared

    @Override
    protected void audit(HttpServletRequest request, HttpServletResponse response, long elapsedNanos) {
        String key = applicationName + " " + request.getMethod() + " " + request.getRequestURI()
                + " " + (response.getStatus() / 100) + "xx";
        hitsByEndpoint.put(key, hitsByEndpoint.getOrDefault(key, 0) + 1);
    }

    public Map<String, Integer> snapshot() {
        return Map.copyOf(hitsByEndpoint);
    }
}
