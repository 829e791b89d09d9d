package io.sensorhub.devices.resource;

public record DeviceRegistration(String serialNumber, String model, String firmware) {
}
