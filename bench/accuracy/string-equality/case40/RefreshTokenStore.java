package streq.case40;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

@Component
public class RefreshTokenStore {

    private final Set<String> revoked = ConcurrentHashMap.newKeySet();
    private volatile String lastRevoked;

    public void revoke(String token) {
        revoked.add(token);
        lastRevoked = token;
    }

    public String lastRevoked() {
        return lastRevoked;
    }

    public boolean isRevoked(String token) {
        return revoked.contains(token);
    }
}
