package com.harbor.crew.security;

import static com.harbor.crew.security.SecurityConstants.*;

import com.auth0.jwt.JWT;
import com.auth0.jwt.algorithms.Algorithm;
import com.auth0.jwt.exceptions.JWTVerificationException;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

@Service
public class TokenAuthenticationService {

    private final Algorithm algorithm;

    public TokenAuthenticationService(@Value("${security.jwt.secret:}") String secret) {
        if (secret.isBlank()) {
            throw new IllegalStateException("security.jwt.secret must be configured");
        }
        this.algorithm = Algorithm.HMAC512(secret.getBytes(StandardCharsets.UTF_8));
    }

    public String createToken(String username) {
        return JWT.create()
                .withSubject(username)
                .withExpiresAt(new Date(System.currentTimeMillis() + EXPIRATION_TIME))
                .sign(algorithm);
    }

    public Optional<String> authenticatedUser(HttpServletRequest request) {
        String header = request.getHeader(HEADER_STRING);
        if (header == null || !header.startsWith(TOKEN_PREFIX)) {
            return Optional.empty();
        }
        try {
            String subject = JWT.require(algorithm)
                    .build()
                    .verify(header.substring(TOKEN_PREFIX.length()))
                    .getSubject();
            return Optional.ofNullable(subject);
        } catch (JWTVerificationException e) {
            request.setAttribute("auth.error", INVALID_TOKEN_MESSAGE);
            return Optional.empty();
        }
    }
}
