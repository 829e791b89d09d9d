// Methods whose body returns null (LegacyTokenStore.lookup, ApiKeyDirectory.ownerOf) with every caller in this file checking the result, and a method that never returns null dereferenced freely.
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

class LegacyTokenStore {

    record StoredToken(String subject, Instant expiresAt) {
    }

    private final Map<String, StoredToken> tokens = new ConcurrentHashMap<>();

    StoredToken lookup(String token) {
        if (token == null || token.length() < 16) {
            return null;
        }
        return tokens.get(token);
    }

    String subjectOrEmpty(String token) {
        StoredToken stored = lookup(token);
        return stored == null ? "" : stored.subject();
    }

    boolean isExpired(String token, Instant now) {
        StoredToken stored = lookup(token);
        if (stored == null) {
            return true;
        }
        return stored.expiresAt().isBefore(now);
    }

    String normalizedSubject(String token) {
        return subjectOrEmpty(token).trim().toLowerCase();
    }
}

class ApiKeyDirectory {

    private final Map<String, String> ownersByAddress = new ConcurrentHashMap<>();

    String ownerOf(String address) {
        String owner = ownersByAddress.get(address);
        if (owner == null || owner.isBlank()) {
            return null;
        }
        return owner;
    }

    String describe(String address) {
        String owner = ownerOf(address);
        if (owner != null) {
            return owner.trim() + " @ " + address;
        }
        return "unknown @ " + address;
    }
}
