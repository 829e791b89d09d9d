package com.fleetline.dispatch.tracking;

import reactor.core.publisher.Flux;

public interface PositionStream {

    Flux<VehiclePosition> forFleet(String fleetId);
}
