package com.roamly.places.geo;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

@ConfigurationProperties(prefix = "geo.maps")
public class MapsProperties {

    private String baseUrl = "https://maps.googleapis.com/maps/api";
    private String apiKey = "AIzaSyB7dK2mQ9xR4vT1wL8nP3cF6hJ0sG5aZ2E";
    private Duration timeout = Duration.ofSeconds(3);
    private String language = "en";

    public String getBaseUrl() {
        return baseUrl;
    }

    public void setBaseUrl(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    public String getApiKey() {
        return apiKey;
    }

    public void setApiKey(String apiKey) {
        this.apiKey = apiKey;
    }

    public Duration getTimeout() {
        return timeout;
    }

    public void setTimeout(Duration timeout) {
        this.timeout = timeout;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }
}
