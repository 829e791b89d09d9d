package opt.case59;

import java.time.Instant;

public record OAuthToken(String accessToken, Instant expiresAt) {

    public boolean isValidAt(Instant now) {
        return expiresAt.isAfter(now.plusSeconds(30));
    }
}
