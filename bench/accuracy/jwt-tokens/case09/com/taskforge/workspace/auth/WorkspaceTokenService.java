package com.taskforge.workspace.auth;

import io.jsonwebtoken.Claims;
import io.jsonwebtoken.ExpiredJwtException;
import io.jsonwebtoken.JwtException;
import io.jsonwebtoken.Jwts;
import org.springframework.stereotype.Service;

@Service
public class WorkspaceTokenService {

    private final WorkspaceKeyResolver keyResolver;

    public WorkspaceTokenService(WorkspaceKeyResolver keyResolver) {
        this.keyResolver = keyResolver;
    }

    public WorkspaceMember authenticate(String token) {
        try {
            Claims claims = Jwts.parserBuilder()
                    .setSigningKeyResolver(keyResolver)
                    .setAllowedClockSkewSeconds(120)
                    .build()
                    .parseClaimsJws(token)
                    .getBody();
            String workspace = claims.get("ws", String.class);
            String role = claims.get("role", String.class);
            return new WorkspaceMember(claims.getSubject(), workspace, role == null ? "member" : role);
        } catch (ExpiredJwtException ex) {
            throw new WorkspaceAuthException("Session expired", ex);
        } catch (JwtException ex) {
            throw new WorkspaceAuthException("Invalid session token", ex);
        }
    }

    public record WorkspaceMember(String userId, String workspaceId, String role) {
    }

    public static class WorkspaceAuthException extends RuntimeException {
        public WorkspaceAuthException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
