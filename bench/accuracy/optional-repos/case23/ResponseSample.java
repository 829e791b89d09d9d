package opt.case23;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.time.Instant;

@Entity
public class ResponseSample {

    @Id
    private Long id;

    private String endpoint;

    private long millis;

    private Instant recordedAt;

    public Long getId() {
        return id;
    }

    public String getEndpoint() {
        return endpoint;
    }

    public long getMillis() {
        return millis;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }
}
