package com.taskforge.workspace.auth;

import io.jsonwebtoken.Claims;
import io.jsonwebtoken.JwsHeader;
import io.jsonwebtoken.SigningKeyResolverAdapter;
import io.jsonwebtoken.security.Keys;
import java.security.Key;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

@Component
public class WorkspaceKeyResolver extends SigningKeyResolverAdapter {

    private final WorkspaceSecretStore secretStore;
    private final Map<String, Key> cache = new ConcurrentHashMap<>();

    public WorkspaceKeyResolver(WorkspaceSecretStore secretStore) {
        this.secretStore = secretStore;
    }

    @Override
    public Key resolveSigningKey(JwsHeader header, Claims claims) {
        String workspace = claims.get("ws", String.class);
        if (workspace == null) {
            throw new IllegalArgumentException("token has no workspace");
        }
        return cache.computeIfAbsent(workspace + ":" + header.getKeyId(),
                k -> Keys.hmacShaKeyFor(secretStore.secretFor(workspace, header.getKeyId())));
    }

    public interface WorkspaceSecretStore {
        byte[] secretFor(String workspaceId, String keyId);
    }
}
