package opt.case43;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

@Entity
public class Upload {

    @Id
    private String objectKey;

    private Long ownerId;

    private long sizeBytes;

    private String contentType;

    public String getObjectKey() {
        return objectKey;
    }

    public Long getOwnerId() {
        return ownerId;
    }

    public long getSizeBytes() {
        return sizeBytes;
    }

    public String getContentType() {
        return contentType;
    }
}
