// Device handlers on a plain CrudRepository whose findAll() returns Iterable: returned as is, and turned into a list with StreamSupport.
import java.util.List;
import java.util.stream.StreamSupport;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.springframework.data.repository.CrudRepository;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@Entity
@Table(name = "devices")
class Device {

    @Id
    private String serial;

    private String model;

    private String firmware;

    protected Device() {
    }

    public String getSerial() {
        return serial;
    }

    public String getModel() {
        return model;
    }

    public String getFirmware() {
        return firmware;
    }
}

interface DeviceRepository extends CrudRepository<Device, String> {

    Iterable<Device> findByFirmware(String firmware);
}

record DeviceDto(String serial, String model) {
}

@RestController
@RequestMapping("/api/devices")
class DeviceController {

    private final DeviceRepository deviceRepository;

    DeviceController(DeviceRepository deviceRepository) {
        this.deviceRepository = deviceRepository;
    }

    @GetMapping
    public Iterable<Device> all() {
        return deviceRepository.findAll(); // expect: unbounded-find-all "`findAll`"
    }

    @GetMapping("/summary")
    public List<DeviceDto> summary() {
        return StreamSupport.stream(deviceRepository.findAll().spliterator(), false) // expect: unbounded-find-all "`findAll`"
                .map(d -> new DeviceDto(d.getSerial(), d.getModel()))
                .toList();
    }

    @GetMapping("/outdated")
    public Iterable<Device> outdated() {
        return deviceRepository.findByFirmware("1.0.0"); // expect: unbounded-find-all "`findByFirmware`"
    }
}
