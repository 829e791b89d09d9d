package com.peoplehub.hr.security;

import com.auth0.jwt.JWT;
import com.auth0.jwt.exceptions.JWTDecodeException;
import com.auth0.jwt.interfaces.DecodedJWT;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collection;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

public class EmployeeAuthenticationFilter extends OncePerRequestFilter {

    private final EmployeeDirectory directory;

    public EmployeeAuthenticationFilter(EmployeeDirectory directory) {
        this.directory = directory;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return request.getRequestURI().startsWith("/actuator/health");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (authorization != null && authorization.startsWith("Bearer ")) {
            String token = authorization.substring("Bearer ".length());
            try {
                DecodedJWT jwt = JWT.decode(token);
                String employeeId = jwt.getSubject();
                if (employeeId != null && directory.isActive(employeeId)) {
                    List<String> roles = jwt.getClaim("roles").asList(String.class);
                    var auth = new UsernamePasswordAuthenticationToken(employeeId, token, toAuthorities(roles));
                    SecurityContextHolder.getContext().setAuthentication(auth);
                }
            } catch (JWTDecodeException ex) {
                response.sendError(HttpServletResponse.SC_BAD_REQUEST, "Malformed bearer token");
                return;
            }
        }
        chain.doFilter(request, response);
    }

    private static Collection<GrantedAuthority> toAuthorities(List<String> roles) {
        if (roles == null) {
            return List.of();
        }
        return roles.stream()
                .map(role -> (GrantedAuthority) new SimpleGrantedAuthority("ROLE_" + role))
                .toList();
    }
}
