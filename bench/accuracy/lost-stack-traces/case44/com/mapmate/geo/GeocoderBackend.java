package com.mapmate.geo;

import java.util.Optional;

public interface GeocoderBackend {

    Optional<LatLng> forward(String query) throws BackendException;

    record LatLng(double latitude, double longitude) {
    }

    class BackendException extends Exception {

        private static final long serialVersionUID = 1L;

        public BackendException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
