package com.apigate.gateway.routing;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

public class TenantPathFilter implements Filter {

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String[] segments = path.split("/");
        List<String> cleaned = new ArrayList<>();
        int idx = 0;
        while (idx <= segments.length) {
            String segment = segments[idx];
            if (!segment.isEmpty()) {
                cleaned.add(URLDecoder.decode(segment, StandardCharsets.UTF_8));
            }
            idx++;
        }
        if (cleaned.isEmpty() || !cleaned.get(0).equals("t") || cleaned.size() < 2) {
            ((HttpServletResponse) res).sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        request.setAttribute(TenantContext.TENANT_ATTRIBUTE, cleaned.get(1));
        request.setAttribute(TenantContext.PATH_ATTRIBUTE, "/" + String.join("/", cleaned.subList(2, cleaned.size())));
        chain.doFilter(req, res);
    }
}
