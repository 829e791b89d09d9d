package streq.case40;

import org.springframework.stereotype.Service;

@Service
public class RefreshTokenService {

    private final RefreshTokenStore store;

    public RefreshTokenService(RefreshTokenStore store) {
        this.store = store;
    }

    public void assertUsable(String token) {
        if (token == null || token.isBlank()) {
            throw new SecurityException("refresh token rejected");
        }
        if (store.isRevoked(token)) {
            throw new SecurityException("refresh token revoked");
        }
    }
}
