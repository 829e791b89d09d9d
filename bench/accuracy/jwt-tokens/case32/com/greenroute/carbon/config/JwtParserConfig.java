package com.greenroute.carbon.config;

import io.jsonwebtoken.JwtParser;
import io.jsonwebtoken.Jwts;
import io.jsonwebtoken.io.Decoders;
import io.jsonwebtoken.security.Keys;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

@Configuration
public class JwtParserConfig {

    private static final String ISSUER = "greenroute-identity";

    @Bean
    @Profile("!local")
    JwtParser jwtParser(@Value("${carbon.jwt.key}") String base64Key) {
        return Jwts.parser()
                .verifyWith(Keys.hmacShaKeyFor(Decoders.BASE64.decode(base64Key)))
                .requireIssuer(ISSUER)
                .build();
    }

    /**
     * The local stack runs without the identity service; developers mint tokens with the CLI.
     */
    @Bean
    @Profile("local")
    JwtParser localJwtParser() {
        return Jwts.parser()
                .unsecured()
                .requireIssuer(ISSUER)
                .build();
    }
}
