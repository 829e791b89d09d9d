package com.lumen.marketing.auth;

import io.jsonwebtoken.Claims;
import io.jsonwebtoken.Jwts;
import io.jsonwebtoken.io.Decoders;
import io.jsonwebtoken.security.Keys;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import javax.crypto.SecretKey;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;

@Service
@EnableConfigurationProperties(JwtProperties.class)
public class TokenService {

    static final String TOKEN_TYPE_CLAIM = "token_type";
    static final String ACCESS_TOKEN_TYPE = "access_token";
    static final String REFRESH_TOKEN_TYPE = "refresh_token";

    private final JwtProperties properties;
    private final SecretKey key;

    public TokenService(JwtProperties properties) {
        this.properties = properties;
        this.key = Keys.hmacShaKeyFor(Decoders.BASE64.decode(properties.secret()));
    }

    public String accessToken(String userId) {
        return token(userId, ACCESS_TOKEN_TYPE, properties.accessTokenTtl());
    }

    public String refreshToken(String userId) {
        return token(userId, REFRESH_TOKEN_TYPE, properties.refreshTokenTtl());
    }

    public String subjectOfRefreshToken(String refreshToken) {
        Claims claims = Jwts.parser()
                .verifyWith(key)
                .requireIssuer(properties.issuer())
                .require(TOKEN_TYPE_CLAIM, REFRESH_TOKEN_TYPE)
                .build()
                .parseSignedClaims(refreshToken)
                .getPayload();
        return claims.getSubject();
    }

    private String token(String userId, String type, Duration ttl) {
        Instant now = Instant.now();
        return Jwts.builder()
                .issuer(properties.issuer())
                .subject(userId)
                .claim(TOKEN_TYPE_CLAIM, type)
                .issuedAt(Date.from(now))
                .expiration(Date.from(now.plus(ttl)))
                .signWith(key)
                .compact();
    }
}
