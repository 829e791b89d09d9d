package com.pixelforge.media.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.Objects;

@Component
public class ServerTimingFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(ServerTimingFilter.class);

    private final String nodeName = Objects.requireNonNullElse(System.getenv("POD_NAME"), "local");
    private final boolean exposeTimings = Boolean.parseBoolean(System.getProperty("media.expose-timings", "true"));

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long start = System.nanoTime();
        if (exposeTimings) {
            response.setHeader("X-Served-By", nodeName);
        }
        try {
            chain.doFilter(request, response);
        } finally {
            double millis = (System.nanoTime() - start) / 1_000_000.0;
            if (exposeTimings && !response.isCommitted()) {
                response.addHeader("Server-Timing", "app;dur=" + String.format("%.1f", millis));
            }
            if (log.isDebugEnabled()) {
                log.debug("{} {} took {} ms on {}", request.getMethod(), request.getRequestURI(),
                        String.format("%.1f", millis), nodeName);
            }
        }
    }
}
