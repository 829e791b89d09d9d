package opt.case46;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import java.io.Serializable;
import java.time.Instant;
import java.util.Set;

@Entity
@IdClass(Grant.Key.class)
public class Grant {

    @Id
    private Long userId;

    @Id
    private Long resourceId;

    private Set<String> permissions;

    private Instant validUntil;

    public Long getUserId() {
        return userId;
    }

    public Long getResourceId() {
        return resourceId;
    }

    public boolean covers(String permission) {
        return permissions.contains(permission);
    }

    public boolean isExpired() {
        return validUntil != null && validUntil.isBefore(Instant.now());
    }

    public record Key(Long userId, Long resourceId) implements Serializable {
    }
}
