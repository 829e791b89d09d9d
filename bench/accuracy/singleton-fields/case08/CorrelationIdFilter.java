// Correlation id filter: takes the caller's X-Correlation-Id or makes one, echoes it on
// the response and puts it into the logging MDC for the rest of the request.
package singletons.case08;

import java.io.IOException;
import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.MDC;

public class CorrelationIdFilter implements Filter {

    public static final String HEADER = "X-Correlation-Id";
    private static final String MDC_KEY = "correlationId";

    private String correlationId; // shared

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        var http = (HttpServletRequest) request;
        correlationId = Optional.ofNullable(http.getHeader(HEADER))
                .filter(header -> !header.isBlank() && header.length() <= 64)
                .orElseGet(() -> UUID.randomUUID().toString());
        ((HttpServletResponse) response).setHeader(HEADER, correlationId);
        MDC.put(MDC_KEY, correlationId);
        try {
            chain.doFilter(request, response);
        } finally {
            MDC.remove(MDC_KEY);
        }
    }
}
