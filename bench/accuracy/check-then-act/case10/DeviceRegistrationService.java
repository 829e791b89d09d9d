// Devices call home with their serial number at boot; an unknown serial is registered with the
// firmware it reports, a known one only gets its last-seen time refreshed by the heartbeat job.
package checkthenact.case10;

import java.time.Clock;
import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

@Service
public class DeviceRegistrationService {

    private static final Logger log = LoggerFactory.getLogger(DeviceRegistrationService.class);

    private final DeviceRepository devices;
    private final Clock clock;

    public DeviceRegistrationService(DeviceRepository devices, Clock clock) {
        this.devices = devices;
        this.clock = clock;
    }

    public void callHome(BootReport report) {
        var serial = report.serialNumber().trim();
        if (devices.findBySerialNumber(serial) == null) { // race
            var device = new Device();
            device.setSerialNumber(serial);
            device.setModel(report.model());
            device.setFirmwareVersion(report.firmwareVersion());
            device.setRegisteredAt(Instant.now(clock));
            devices.save(device);
            log.info("registered device {} ({})", serial, report.model());
        }
    }

    public record BootReport(String serialNumber, String model, String firmwareVersion) {
    }
}
