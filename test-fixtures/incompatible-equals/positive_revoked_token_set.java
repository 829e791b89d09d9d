// A JWT revocation list of UUIDs that is queried and pruned with the token's String jti claim.
import io.jsonwebtoken.Claims;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Service;

@Service
class TokenRevocationService {

    private final Set<UUID> revoked = ConcurrentHashMap.newKeySet();
    private final Map<UUID, Instant> revokedAt = new ConcurrentHashMap<>();

    void revoke(UUID tokenId) {
        revoked.add(tokenId);
        revokedAt.put(tokenId, Instant.now());
    }

    boolean isRevoked(Claims claims) {
        String jti = claims.getId();
        return jti != null && revoked.contains(jti); // expect: incompatible-equals "`UUID` with `String`"
    }

    void forget(String jti) {
        revoked.remove(jti); // expect: incompatible-equals "`UUID` with `String`"
        revokedAt.remove(UUID.fromString(jti));
    }

    Optional<Instant> revokedAt(String jti) {
        return Optional.ofNullable(revokedAt.get(UUID.fromString(jti)));
    }

    boolean wasRevokedBefore(String jti, Instant instant) {
        return revokedAt.containsKey(jti) && revokedAt(jti).map(t -> t.isBefore(instant)).orElse(false); // expect: incompatible-equals "`UUID` with `String`"
    }
}
