package com.atlasdesk.tenancy;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.logging.Level;
import java.util.logging.Logger;

public class TenantResolutionFilter implements Filter {

    private static final Logger LOG = Logger.getLogger(TenantResolutionFilter.class.getName());

    private final TenantDirectory directory;

    public TenantResolutionFilter(TenantDirectory directory) {
        this.directory = directory;
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        var request = (HttpServletRequest) req;
        var response = (HttpServletResponse) res;
        String host = request.getServerName();
        String subdomain = host.contains(".") ? host.substring(0, host.indexOf('.')) : host;
        String tenantId;
        try {
            tenantId = directory.tenantForSubdomain(subdomain);
        } catch (TenantDirectory.DirectoryUnavailableException e) {
            LOG.log(Level.SEVERE, "Tenant directory unavailable while resolving " + subdomain, e);
            response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            return;
        }
        if (tenantId == null) {
            LOG.warning(() -> "Unknown tenant subdomain " + subdomain);
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        LOG.fine(() -> "Resolved " + host + " to tenant " + tenantId);
        TenantContext.set(tenantId);
        try {
            chain.doFilter(req, res);
        } finally {
            TenantContext.clear();
        }
    }
}
