package com.brewhub.taproom.login;

import io.jsonwebtoken.JwtException;
import io.jsonwebtoken.Jwts;
import org.springframework.stereotype.Component;

@Component
public class LoginStateCodec {

    private static final String DEFAULT_PATH = "/";

    public String encode(String returnPath) {
        return Jwts.builder()
                .setHeaderParam("typ", "state")
                .setPayload(returnPath == null ? DEFAULT_PATH : returnPath)
                .compact();
    }

    public String returnPath(String state) {
        try {
            String path = Jwts.parserBuilder().build().parsePlaintextJwt(state).getBody();
            return path.isBlank() ? DEFAULT_PATH : path;
        } catch (JwtException | IllegalArgumentException ex) {
            return DEFAULT_PATH;
        }
    }
}
