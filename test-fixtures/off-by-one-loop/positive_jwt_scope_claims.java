// A JWT authorities mapper that splits the scope claim and loops `i < scopes.length - 1`, dropping the last scope.
import io.jsonwebtoken.Claims;
import java.util.LinkedHashSet;
import java.util.Set;
import org.springframework.stereotype.Component;

@Component
class ScopeAuthoritiesMapper {

    public Set<String> authorities(Claims claims) {
        String scope = claims.get("scope", String.class);
        if (scope == null || scope.isBlank()) {
            return Set.of();
        }
        String[] scopes = scope.trim().split(" ");
        Set<String> authorities = new LinkedHashSet<>();
        for (int i = 0; i < scopes.length - 1; i++) { // expect: off-by-one-loop "last element"
            authorities.add("SCOPE_" + scopes[i]);
        }
        return authorities;
    }
}
