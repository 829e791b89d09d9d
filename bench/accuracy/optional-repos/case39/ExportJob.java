package opt.case39;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import java.time.Instant;

@Entity
public class ExportJob {

    public enum Status { PENDING, RUNNING, DONE, FAILED }

    @Id
    private Long id;

    @Enumerated(EnumType.STRING)
    private Status status;

    private String format;

    private Instant createdAt;

    public Long getId() {
        return id;
    }

    public Status getStatus() {
        return status;
    }

    public void setStatus(Status status) {
        this.status = status;
    }

    public String getFormat() {
        return format;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
