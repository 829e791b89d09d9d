package com.harbor.portal.security;

import static com.harbor.portal.security.SecurityConstants.*;

import com.auth0.jwt.JWT;
import com.auth0.jwt.algorithms.Algorithm;
import com.auth0.jwt.exceptions.JWTVerificationException;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Date;
import java.util.Optional;
import org.springframework.stereotype.Service;

@Service
public class TokenAuthenticationService {

    public String createToken(String username) {
        return JWT.create()
                .withSubject(username)
                .withExpiresAt(new Date(System.currentTimeMillis() + EXPIRATION_TIME))
                .sign(Algorithm.HMAC512(SECRET.getBytes()));
    }

    public Optional<String> authenticatedUser(HttpServletRequest request) {
        String header = request.getHeader(HEADER_STRING);
        if (header == null || !header.startsWith(TOKEN_PREFIX)) {
            return Optional.empty();
        }
        try {
            String subject = JWT.require(Algorithm.HMAC512(SECRET.getBytes()))
                    .build()
                    .verify(header.replace(TOKEN_PREFIX, ""))
                    .getSubject();
            return Optional.ofNullable(subject);
        } catch (JWTVerificationException e) {
            return Optional.empty();
        }
    }
}
