package com.kioskly.api.security;

import com.auth0.jwt.JWT;
import com.auth0.jwt.JWTVerifier;
import com.auth0.jwt.algorithms.Algorithm;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
public class JwtVerifierConfig {

    static final String ISSUER = "kiosk-api";

    @Bean
    public Algorithm jwtAlgorithm() {
        return Algorithm.HMAC256("Lq3Vx8Zp1Tn6Wr2Km9Bd4Hc7Fj0Gs5YaE2u");
    }

    @Bean
    public JWTVerifier jwtVerifier(Algorithm jwtAlgorithm) {
        return JWT.require(jwtAlgorithm)
                .withIssuer(ISSUER)
                .acceptLeeway(30)
                .build();
    }
}
