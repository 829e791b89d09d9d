package com.sensory.devices.identity;

import java.util.Optional;

public interface DeviceRegistry {

    Optional<Device> findBySerial(String serial);

    record Device(String serial, String model, String firmware, boolean allowFirmwareDrift) {
    }
}
