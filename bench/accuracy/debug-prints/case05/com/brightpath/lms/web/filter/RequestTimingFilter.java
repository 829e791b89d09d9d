package com.brightpath.lms.web.filter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;

@Component
public class RequestTimingFilter extends OncePerRequestFilter {

    private final long slowRequestMillis;

    public RequestTimingFilter(@Value("${lms.web.slow-request-ms:750}") long slowRequestMillis) {
        this.slowRequestMillis = slowRequestMillis;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
                                    FilterChain filterChain) throws ServletException, IOException {
        long start = System.nanoTime();
        try {
            filterChain.doFilter(request, response);
        } finally {
            long elapsedMs = (System.nanoTime() - start) / 1_000_000;
            if (elapsedMs > slowRequestMillis) {
                System.err.printf("SLOW %s %s -> %d in %d ms%n",
                        request.getMethod(), request.getRequestURI(), response.getStatus(), elapsedMs);
            }
        }
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI();
        return RequestPaths.isInfrastructure(path);
    }
}
