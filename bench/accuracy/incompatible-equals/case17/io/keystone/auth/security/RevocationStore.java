package io.keystone.auth.security;

import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Token ids revoked by logout or by an administrator, kept until the tokens expire.
 */
@Component
public class RevocationStore {

    private final Set<UUID> revoked = ConcurrentHashMap.newKeySet();

    public void revoke(UUID tokenId) {
        revoked.add(tokenId);
    }

    public Set<UUID> revokedIds() {
        return revoked;
    }
}
