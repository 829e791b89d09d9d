package opt.case18;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.time.Instant;

@Entity
public class ApiToken {

    @Id
    private String tokenHash;

    private Long clientId;

    private Instant expiresAt;

    private boolean revoked;

    public String getTokenHash() {
        return tokenHash;
    }

    public Long getClientId() {
        return clientId;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public boolean isRevoked() {
        return revoked;
    }

    public boolean isExpired(Instant now) {
        return expiresAt != null && expiresAt.isBefore(now);
    }
}
