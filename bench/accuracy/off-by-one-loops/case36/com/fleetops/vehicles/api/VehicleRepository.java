package com.fleetops.vehicles.api;

import java.util.Optional;

public interface VehicleRepository {

    Optional<Vehicle> findById(long id);
}
