package com.civicportal.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

@Component
public class TermsAcceptanceFilter extends OncePerRequestFilter {

    static final String ACCEPTED_VERSION = "acceptedTermsVersion";

    private final TermsProperties terms;

    public TermsAcceptanceFilter(TermsProperties terms) {
        this.terms = terms;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith(terms.getAcceptPath()) || path.startsWith("/static/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        if (session != null) {
            Integer accepted = (Integer) session.getAttribute(ACCEPTED_VERSION);
            if (accepted == null || accepted != terms.getCurrentVersion()) {
                response.sendRedirect(request.getContextPath() + terms.getAcceptPath());
                return;
            }
        }
        chain.doFilter(request, response);
    }
}
