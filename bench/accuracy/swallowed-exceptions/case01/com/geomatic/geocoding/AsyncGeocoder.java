package com.geomatic.geocoding;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

@Service
public class AsyncGeocoder {

    public record Coordinates(double lat, double lon) {
    }

    private final RestClient geocodingApi;
    private final Executor executor;
    private final String host;

    public AsyncGeocoder(RestClient geocodingApi, Executor geocodingExecutor, @Value("${geocoding.host}") String host) {
        this.geocodingApi = geocodingApi;
        this.executor = geocodingExecutor;
        this.host = host;
    }

    public CompletableFuture<Coordinates> geocode(String address) {
        final URI uri;
        try {
            uri = new URI("https", host, "/search", "q=" + address.strip() + "&limit=1", null);
        } catch (URISyntaxException e) {
            return CompletableFuture.failedFuture(e);
        }
        return CompletableFuture.supplyAsync(() -> lookup(uri), executor);
    }

    private Coordinates lookup(URI uri) {
        try {
            return geocodingApi.get().uri(uri).retrieve().body(Coordinates.class);
        } catch (RestClientException e) {
            throw new GeocodingUnavailableException(uri.getQuery(), e);
        }
    }
}
