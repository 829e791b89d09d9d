package com.mapmate.geo;

import java.util.Optional;

import org.springframework.cache.annotation.Cacheable;
import org.springframework.stereotype.Service;

import com.mapmate.geo.support.FailureRecorder;

@Service
public class GeocodingService {

    private final GeocoderBackend backend;
    private final FailureRecorder failures;

    public GeocodingService(GeocoderBackend backend, FailureRecorder failures) {
        this.backend = backend;
        this.failures = failures;
    }

    @Cacheable(cacheNames = "geocode", unless = "#result == null")
    public Optional<GeocoderBackend.LatLng> locate(String address) {
        String query = address.strip().replaceAll("\\s+", " ");
        if (query.length() < 3) {
            return Optional.empty();
        }
        try {
            return backend.forward(query);
        } catch (GeocoderBackend.BackendException e) {
            failures.record("Geocoding failed for '" + query + "': " + e.getMessage(), e);
            return Optional.empty();
        }
    }
}
