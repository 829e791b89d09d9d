package com.clinicly.scheduling.tenancy;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

@Component
@Order(1)
public class TenantContextFilter implements Filter {

    private final TenantClaims tenantClaims;

    public TenantContextFilter(TenantClaims tenantClaims) {
        this.tenantClaims = tenantClaims;
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        String authorization = request.getHeader("Authorization");
        if (authorization == null) {
            chain.doFilter(req, res);
            return;
        }
        String clinicId = tenantClaims.clinicId(authorization);
        if (clinicId == null) {
            ((HttpServletResponse) res).sendError(HttpServletResponse.SC_FORBIDDEN, "No clinic in token");
            return;
        }
        TenantContext.set(clinicId);
        try {
            chain.doFilter(req, res);
        } finally {
            TenantContext.clear();
        }
    }
}
