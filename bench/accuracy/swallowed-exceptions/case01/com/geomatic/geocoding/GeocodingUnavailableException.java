package com.geomatic.geocoding;

public class GeocodingUnavailableException extends RuntimeException {

    public GeocodingUnavailableException(String query, Throwable cause) {
        super("Geocoding failed for query " + query, cause);
    }
}
