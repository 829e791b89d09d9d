package com.docvault.archive.actor;

import com.auth0.jwt.JWT;
import com.auth0.jwt.interfaces.Claim;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

@Component
public class ActorResolver {

    public Optional<Actor> resolve(String bearerToken) {
        if (bearerToken == null || bearerToken.isBlank()) {
            return Optional.empty();
        }
        Map<String, Claim> claims = JWT.decode(bearerToken).getClaims();
        Claim subject = claims.get("sub");
        if (subject == null || subject.isNull()) {
            return Optional.empty();
        }
        List<String> roles = Optional.ofNullable(claims.get("roles"))
                .map(c -> c.asList(String.class))
                .orElse(List.of());
        String department = Optional.ofNullable(claims.get("dept")).map(Claim::asString).orElse("unassigned");
        return Optional.of(new Actor(subject.asString(), department, roles.contains("records-manager")));
    }

    public record Actor(String userId, String department, boolean recordsManager) {
    }
}
