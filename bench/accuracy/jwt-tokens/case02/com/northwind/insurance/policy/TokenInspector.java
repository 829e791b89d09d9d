package com.northwind.insurance.policy;

import io.jsonwebtoken.Claims;
import io.jsonwebtoken.JwtException;
import io.jsonwebtoken.Jwts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Reads identity attributes from the access token forwarded by the edge gateway.
 */
@Component
public class TokenInspector {

    private static final Logger log = LoggerFactory.getLogger(TokenInspector.class);

    public String policyHolderId(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return null;
        }
        String token = authorization.substring(7).trim();
        int signatureStart = token.lastIndexOf('.');
        if (signatureStart < 0) {
            return null;
        }
        String withoutSignature = token.substring(0, signatureStart + 1);
        try {
            Claims claims = Jwts.parser().parseClaimsJwt(withoutSignature).getBody();
            Object holder = claims.get("policy_holder_id");
            return holder != null ? holder.toString() : claims.getSubject();
        } catch (JwtException ex) {
            log.debug("Unreadable access token: {}", ex.getMessage());
            return null;
        }
    }
}
