package com.roamly.travel.geo;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

import java.util.Optional;

@Service
public class GeocodingService {

    private final RestClient restClient;

    public GeocodingService(RestClient.Builder builder, @Value("${roamly.geo.base-url}") String baseUrl) {
        this.restClient = builder.baseUrl(baseUrl).build();
    }

    public Optional<Coordinates> locate(String address) {
        if (address == null || address.isBlank()) {
            return Optional.empty();
        }
        try {
            GeocodeResponse response = restClient.get()
                    .uri(uri -> uri.path("/v1/geocode").queryParam("q", address).queryParam("limit", 1).build())
                    .retrieve()
                    .body(GeocodeResponse.class);
            if (response == null || response.results().isEmpty()) {
                return Optional.empty();
            }
            var best = response.results().get(0);
            return Optional.of(new Coordinates(best.lat(), best.lon()));
        } catch (RestClientException e) {
            e.printStackTrace();
            return Optional.empty();
        }
    }
}
