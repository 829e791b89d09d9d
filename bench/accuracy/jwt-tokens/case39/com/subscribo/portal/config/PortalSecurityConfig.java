package com.subscribo.portal.config;

import com.auth0.jwt.JWT;
import com.auth0.jwt.JWTVerifier;
import com.auth0.jwt.algorithms.Algorithm;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
public class PortalSecurityConfig {

    @Bean
    public JWTVerifier portalTokenVerifier(@Value("${portal.jwt.secret}") String secret) {
        return JWT.require(Algorithm.HMAC384(secret))
                .withIssuer(PortalTokenPolicy.ISSUER)
                .withAudience(PortalTokenPolicy.AUDIENCE)
                .acceptExpiresAt(PortalTokenPolicy.RENEWAL_GRACE_SECONDS)
                .build();
    }
}
