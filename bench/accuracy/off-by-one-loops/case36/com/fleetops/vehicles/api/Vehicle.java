package com.fleetops.vehicles.api;

public record Vehicle(long id, String plate, String model, int mileageKm, boolean active) {
}
