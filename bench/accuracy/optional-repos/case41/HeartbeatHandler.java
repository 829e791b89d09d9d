package opt.case41;

import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

@Component
public class HeartbeatHandler {

    private static final Logger log = LoggerFactory.getLogger(HeartbeatHandler.class);

    private final DeviceRepository deviceRepository;

    public HeartbeatHandler(DeviceRepository deviceRepository) {
        this.deviceRepository = deviceRepository;
    }

    @Transactional
    public void onHeartbeat(String serial, String firmware) {
        Optional<Device> device = deviceRepository.findById(serial);
        if (device.isPresent()) {
            log.debug("Heartbeat from {} (firmware {})", serial, firmware);
        }
        Device d = device.get(); // get
        d.setLastSeen(Instant.now());
        if (!firmware.equals(d.getFirmware())) {
            log.info("Device {} upgraded from {} to {}", serial, d.getFirmware(), firmware);
            d.setFirmware(firmware);
        }
    }
}
