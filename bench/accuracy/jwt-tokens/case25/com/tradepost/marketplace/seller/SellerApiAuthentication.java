package com.tradepost.marketplace.seller;

import io.jsonwebtoken.Claims;
import io.jsonwebtoken.JwtException;
import io.jsonwebtoken.Jwts;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

@Component
public class SellerApiAuthentication {

    private final SellerKeyLocator keyLocator;
    private final SellerAccounts accounts;

    public SellerApiAuthentication(SellerKeyLocator keyLocator, SellerAccounts accounts) {
        this.keyLocator = keyLocator;
        this.accounts = accounts;
    }

    public SellerAccounts.Seller authenticate(String bearer) {
        Claims claims;
        try {
            claims = Jwts.parser()
                    .keyLocator(keyLocator)
                    .requireAudience("marketplace-seller-api")
                    .build()
                    .parseSignedClaims(bearer)
                    .getPayload();
        } catch (JwtException ex) {
            throw new ResponseStatusException(HttpStatus.UNAUTHORIZED, "Invalid seller token", ex);
        }
        long sellerId = Long.parseLong(claims.getSubject());
        return accounts.findActive(sellerId)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.FORBIDDEN, "Seller suspended"));
    }
}
