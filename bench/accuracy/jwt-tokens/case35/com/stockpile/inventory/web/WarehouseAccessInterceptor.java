package com.stockpile.inventory.web;

import io.jsonwebtoken.Claims;
import io.jsonwebtoken.JwtException;
import io.jsonwebtoken.Jwts;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

@Component
public class WarehouseAccessInterceptor extends OncePerRequestFilter {

    public static final String WAREHOUSES_ATTRIBUTE = WarehouseAccessInterceptor.class.getName() + ".warehouses";

    private final InventorySecurityProperties properties;

    public WarehouseAccessInterceptor(InventorySecurityProperties properties) {
        this.properties = properties;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        if (header == null || !header.startsWith("Bearer ")) {
            response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
            return;
        }
        Claims claims;
        try {
            claims = Jwts.parserBuilder()
                    .requireIssuer(properties.getIssuer())
                    .requireAudience("inventory")
                    .build()
                    .parseClaimsJws(header.substring(7))
                    .getBody();
        } catch (JwtException ex) {
            response.sendError(HttpServletResponse.SC_UNAUTHORIZED, ex.getMessage());
            return;
        }
        String warehouses = claims.get("wh", String.class);
        Set<String> allowed = warehouses == null
                ? Set.of()
                : Arrays.stream(warehouses.split(" ")).collect(Collectors.toUnmodifiableSet());
        request.setAttribute(WAREHOUSES_ATTRIBUTE, allowed);
        chain.doFilter(request, response);
    }
}
