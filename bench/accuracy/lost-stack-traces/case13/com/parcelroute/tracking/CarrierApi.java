package com.parcelroute.tracking;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

public interface CarrierApi {

    Optional<Shipment> lookup(String trackingNumber) throws CarrierUnavailableException;

    record Shipment(String trackingNumber, String status, List<Scan> scans) {
    }

    record Scan(OffsetDateTime at, String location, String description) {
    }

    class CarrierUnavailableException extends Exception {

        private static final long serialVersionUID = 1L;

        public CarrierUnavailableException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
