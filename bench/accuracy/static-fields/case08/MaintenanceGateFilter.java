// Answers 503 to every request while maintenance mode is on, and rejects writes in read-only
// mode.
package staticfields.case08;

import java.io.IOException;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

@Component
public class MaintenanceGateFilter extends OncePerRequestFilter {

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getRequestURI().startsWith("/admin/")) {
            chain.doFilter(request, response);
            return;
        }
        if (MaintenanceMode.isEnabled()
                || (MaintenanceMode.isReadOnly() && !SAFE_METHODS.contains(request.getMethod()))) {
            response.setHeader("Retry-After", "120");
            response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE, "maintenance");
            return;
        }
        chain.doFilter(request, response);
    }
}
