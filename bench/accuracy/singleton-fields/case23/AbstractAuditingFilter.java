// Base of the auditing filters: reads the application name at init, times the chain
// and passes request, response and duration to the concrete filter.
package singletons.case23;

import java.io.IOException;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

public abstract class AbstractAuditingFilter implements Filter {

    protected String applicationName = "unknown";

    @Override
    public void init(FilterConfig filterConfig) throws ServletException {
        String name = filterConfig.getInitParameter("applicationName");
        if (name != null) {
            applicationName = name;
        }
    }

    @Override
    public final void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        long started = System.nanoTime();
        try {
            chain.doFilter(request, response);
        } finally {
            audit((HttpServletRequest) request, (HttpServletResponse) response, System.nanoTime() - started);
        }
    }

    protected abstract void audit(HttpServletRequest request, HttpServletResponse response, long elapsedNanos);
}
