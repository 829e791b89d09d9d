package opt.case17;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.time.Instant;

@Entity
public class FeatureFlag {

    @Id
    private String name;

    private boolean enabled;

    private int rolloutPercent;

    private Instant updatedAt;

    public String getName() {
        return name;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public int getRolloutPercent() {
        return rolloutPercent;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
