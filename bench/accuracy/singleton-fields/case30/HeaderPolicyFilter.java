// Base of the gateway's policy filters: paths exempt from the policy come from the
// filter's init parameters.
package singletons.case30;

import java.io.IOException;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

public abstract class HeaderPolicyFilter implements Filter {

    protected Set<String> exemptPaths = Set.of();

    @Override
    public void init(FilterConfig filterConfig) throws ServletException {
        String paths = filterConfig.getInitParameter("exemptPaths");
        if (paths != null) {
            exemptPaths = Arrays.stream(paths.split(",")).map(String::strip).collect(Collectors.toUnmodifiableSet());
        }
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        var http = (HttpServletRequest) request;
        if (exemptPaths.contains(http.getRequestURI()) || allow(http, (HttpServletResponse) response)) {
            chain.doFilter(request, response);
        }
    }

    protected abstract boolean allow(HttpServletRequest request, HttpServletResponse response) throws IOException;
}
