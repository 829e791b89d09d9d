package com.acme.logistics.security;

import com.auth0.jwt.JWT;
import com.auth0.jwt.JWTVerifier;
import com.auth0.jwt.algorithms.Algorithm;
import com.auth0.jwt.exceptions.JWTVerificationException;
import com.auth0.jwt.interfaces.DecodedJWT;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

@Component
public class DispatcherTokenFilter extends OncePerRequestFilter {

    private static final String BEARER = "Bearer ";

    private final JWTVerifier verifier;

    public DispatcherTokenFilter(DispatchJwtProperties properties) {
        this.verifier = JWT.require(Algorithm.HMAC256(properties.secret()))
                .withIssuer(properties.issuer())
                .withAudience("dispatch-api")
                .acceptLeeway(30)
                .build();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.startsWith(BEARER)) {
            chain.doFilter(request, response);
            return;
        }

        DecodedJWT jwt;
        try {
            jwt = verifier.verify(header.substring(BEARER.length()));
        } catch (JWTVerificationException ex) {
            response.sendError(HttpServletResponse.SC_UNAUTHORIZED, "Invalid token");
            return;
        }

        List<String> depots = jwt.getClaim("depots").asList(String.class);
        var authorities = depots == null
                ? List.<SimpleGrantedAuthority>of()
                : depots.stream().map(d -> new SimpleGrantedAuthority("DEPOT_" + d)).toList();
        var authentication = new UsernamePasswordAuthenticationToken(jwt.getSubject(), null, authorities);
        SecurityContextHolder.getContext().setAuthentication(authentication);
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
