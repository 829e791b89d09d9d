package com.cloudnest.tenancy;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

@Component
public class TenantContextFilter extends OncePerRequestFilter {

    private final TenantResolver resolver;

    public TenantContextFilter(TenantResolver resolver) {
        this.resolver = resolver;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Long tenantId = resolver.resolve(request.getHeader(Tenants.TENANT_HEADER), request.getServerName());
        if (tenantId == null) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST, "Unknown tenant");
            return;
        }
        if (request.getRequestURI().startsWith("/ops/") && tenantId != Tenants.PLATFORM_TENANT_ID) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        request.setAttribute("tenantId", tenantId);
        chain.doFilter(request, response);
    }
}
