package com.roamly.trips.geo;

import java.util.Map;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

@Component
@EnableConfigurationProperties(MapsProperties.class)
public class PlacesSearchClient {

    private final RestClient restClient;

    public PlacesSearchClient(MapsProperties properties) {
        if (properties.getApiKey() == null || properties.getApiKey().isBlank()) {
            throw new IllegalStateException("geo.maps.api-key must be set");
        }
        this.restClient = RestClient.builder()
                .baseUrl(properties.getBaseUrl())
                .defaultHeader(properties.getApiKeyHeader(), properties.getApiKey())
                .defaultHeader("X-Goog-FieldMask", "places.displayName,places.location")
                .build();
    }

    public Map<?, ?> searchText(String query) {
        return restClient.post()
                .uri("/places:searchText")
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("textQuery", query))
                .retrieve()
                .body(Map.class);
    }
}
