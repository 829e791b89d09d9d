package com.fleetline.telematics.api;

public interface DeviceRegistry {

    boolean isActive(String token);

    String deviceIdFor(String token);
}
