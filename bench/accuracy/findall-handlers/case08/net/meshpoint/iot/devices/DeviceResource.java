package net.meshpoint.iot.devices;

import java.util.ArrayList;
import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.springframework.stereotype.Component;

@Component
@Path("/firmware/{version}/devices")
@Produces(MediaType.APPLICATION_JSON)
public class DeviceResource {

    private final DeviceRepository deviceRepository;

    public DeviceResource(DeviceRepository deviceRepository) {
        this.deviceRepository = deviceRepository;
    }

    public record DeviceDto(String serial, String site, boolean online) {
    }

    @GET
    public List<DeviceDto> devicesOnFirmware(@PathParam("version") String version) {
        List<Device> devices = deviceRepository.findByFirmwareVersion(version);
        List<DeviceDto> out = new ArrayList<>(devices.size());
        for (Device device : devices) {
            out.add(new DeviceDto(device.getSerial(), device.getSite(), device.isOnline()));
        }
        return out;
    }
}
