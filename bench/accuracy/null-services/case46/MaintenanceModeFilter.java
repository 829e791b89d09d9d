package nulls.case46;

import java.io.IOException;
import java.util.Objects;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Answers 503 while the MAINTENANCE_MODE variable is set, except for operators who send
 * the bypass token.
 */
@Component
public class MaintenanceModeFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(MaintenanceModeFilter.class);

    private final boolean maintenance;
    private final String bypassToken;

    public MaintenanceModeFilter() {
        this.maintenance = "true".equalsIgnoreCase(System.getenv("MAINTENANCE_MODE"));
        this.bypassToken = System.getenv("MAINTENANCE_BYPASS_TOKEN");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
                                    FilterChain chain) throws ServletException, IOException {
        String bypass = request.getHeader("X-Maintenance-Bypass");
        if (maintenance && (bypassToken == null || !Objects.equals(bypass, bypassToken))) {
            log.info("rejected {} {} during maintenance (bypass header: {})",
                    request.getMethod(), request.getRequestURI(), bypass);
            response.setHeader("X-Maintenance-Until", String.valueOf(System.getProperty("maintenance.until")));
            response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE,
                    "maintenance in progress, correlation " + request.getHeader("X-Request-Id"));
            return;
        }
        chain.doFilter(request, response);
    }
}
