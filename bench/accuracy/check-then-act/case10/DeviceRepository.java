// Spring Data repository of devices; the serial lookup returns null when no device matches.
package checkthenact.case10;

import java.time.Instant;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.transaction.annotation.Transactional;

public interface DeviceRepository extends JpaRepository<Device, Long> {

    Device findBySerialNumber(String serialNumber);

    @Transactional
    @Modifying
    @Query("update Device d set d.lastSeenAt = :at where d.serialNumber = :serial")
    int touch(String serial, Instant at);
}
