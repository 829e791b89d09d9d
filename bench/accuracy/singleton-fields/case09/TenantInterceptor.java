// Resolves the tenant from the X-Tenant header and the user from the principal, and
// hands both to the request-scoped context (injected as a scoped proxy).
package singletons.case09;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;

@Component
public class TenantInterceptor implements HandlerInterceptor {

    private final RequestTenantContext context;

    public TenantInterceptor(RequestTenantContext context) {
        this.context = context;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        String tenant = request.getHeader("X-Tenant");
        if (tenant == null || tenant.isBlank()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return false;
        }
        context.setTenantId(tenant.strip());
        context.setUserId(request.getUserPrincipal() == null ? "anonymous" : request.getUserPrincipal().getName());
        context.setLocale(request.getLocale());
        return true;
    }
}
