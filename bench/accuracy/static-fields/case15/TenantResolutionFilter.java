// Tenant resolution: reads the tenant header of each request and keeps the last tenant seen
// for the diagnostics page.
package staticfields.case15;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

@Component
@Order(1)
public class TenantResolutionFilter implements Filter {

    private static final Logger log = LoggerFactory.getLogger(TenantResolutionFilter.class);
    private static final String TENANT_HEADER = "X-Tenant-Id";
    private static String lastTenantId; // static

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        var http = (HttpServletRequest) request;
        var tenant = Optional.ofNullable(http.getHeader(TENANT_HEADER))
                .filter(t -> !t.isBlank())
                .orElse("public");
        lastTenantId = tenant;
        log.trace("request {} for tenant {}", http.getRequestURI(), tenant);
        TenantContext.set(tenant);
        try {
            chain.doFilter(request, response);
        } finally {
            TenantContext.clear();
        }
    }

    public static String lastTenantId() {
        return lastTenantId;
    }
}
