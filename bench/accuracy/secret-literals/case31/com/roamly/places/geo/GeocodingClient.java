package com.roamly.places.geo;

import java.net.URI;
import java.util.Map;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.util.UriComponentsBuilder;

@Component
@EnableConfigurationProperties(MapsProperties.class)
public class GeocodingClient {

    private final MapsProperties properties;
    private final RestClient restClient = RestClient.create();

    public GeocodingClient(MapsProperties properties) {
        this.properties = properties;
    }

    public Map<?, ?> geocode(String address) {
        URI uri = UriComponentsBuilder.fromHttpUrl(properties.getBaseUrl())
                .path("/geocode/json")
                .queryParam("address", address)
                .queryParam("language", properties.getLanguage())
                .queryParam("key", properties.getApiKey())
                .build()
                .encode()
                .toUri();
        return restClient.get().uri(uri).retrieve().body(Map.class);
    }
}
