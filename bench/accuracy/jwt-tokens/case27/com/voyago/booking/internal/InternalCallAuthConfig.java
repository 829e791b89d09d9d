package com.voyago.booking.internal;

import com.auth0.jwt.JWT;
import com.auth0.jwt.JWTVerifier;
import com.auth0.jwt.algorithms.Algorithm;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
public class InternalCallAuthConfig {

    @Bean
    JWTVerifier internalCallVerifier(InternalAuthProperties properties, PublicKeyLoader keyLoader) {
        Algorithm algorithm = switch (properties.mode()) {
            case HMAC -> Algorithm.HMAC256(properties.sharedSecret());
            case RSA -> Algorithm.RSA256(keyLoader.load(properties.publicKeyLocation()), null);
            case OFF -> Algorithm.none();
        };
        return JWT.require(algorithm)
                .withIssuer("voyago-booking-core")
                .acceptLeeway(10)
                .build();
    }
}
