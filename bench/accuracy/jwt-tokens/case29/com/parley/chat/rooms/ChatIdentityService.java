package com.parley.chat.rooms;

import io.jsonwebtoken.Claims;
import io.jsonwebtoken.JwtException;
import io.jsonwebtoken.Jwts;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.web.server.ResponseStatusException;

@Service
public class ChatIdentityService {

    public ChatUser fromAuthorization(String authorization) {
        if (authorization == null || !authorization.startsWith("Bearer ")) {
            throw new ResponseStatusException(HttpStatus.UNAUTHORIZED);
        }
        String token = authorization.substring(7);
        try {
            Claims claims = (Claims) Jwts.parser().parse(token).getBody();
            String name = claims.get("name", String.class);
            return new ChatUser(claims.getSubject(), name != null ? name : claims.getSubject());
        } catch (JwtException | ClassCastException ex) {
            throw new ResponseStatusException(HttpStatus.UNAUTHORIZED, "Unreadable token");
        }
    }

    public record ChatUser(String userId, String displayName) {
    }
}
