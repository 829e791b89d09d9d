package opt.case41;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.time.Instant;

@Entity
public class Device {

    @Id
    private String serial;

    private Long ownerId;

    private String firmware;

    private Instant lastSeen;

    public String getSerial() {
        return serial;
    }

    public Long getOwnerId() {
        return ownerId;
    }

    public String getFirmware() {
        return firmware;
    }

    public void setFirmware(String firmware) {
        this.firmware = firmware;
    }

    public Instant getLastSeen() {
        return lastSeen;
    }

    public void setLastSeen(Instant lastSeen) {
        this.lastSeen = lastSeen;
    }
}
