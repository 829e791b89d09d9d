package net.meshpoint.iot.devices;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface DeviceRepository extends JpaRepository<Device, String> {

    List<Device> findByFirmwareVersion(String firmwareVersion);
}
