package streq.case44;

import org.springframework.stereotype.Service;

@Service
public class RefreshTokenService {

    private final RefreshTokenStore store;

    public RefreshTokenService(RefreshTokenStore store) {
        this.store = store;
    }

    public void assertUsable(String token) {
        if (token == null || token == store.lastRevoked()) {
            throw new SecurityException("refresh token rejected");
        }
        if (store.isRevoked(token)) {
            throw new SecurityException("refresh token revoked");
        }
    }
}
