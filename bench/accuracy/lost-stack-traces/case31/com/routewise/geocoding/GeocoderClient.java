package com.routewise.geocoding;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.CloseableHttpResponse;
import org.apache.hc.core5.http.ParseException;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

@Component
public class GeocoderClient {

    private static final Logger log = LoggerFactory.getLogger(GeocoderClient.class);

    private final CloseableHttpClient httpClient;
    private final String baseUrl;

    public GeocoderClient(CloseableHttpClient httpClient, @Value("${geocoder.base-url}") String baseUrl) {
        this.httpClient = httpClient;
        this.baseUrl = baseUrl;
    }

    public Optional<Coordinates> geocode(String address) {
        var get = new HttpGet(baseUrl + "/search?format=json&limit=1&q="
                + URLEncoder.encode(address, StandardCharsets.UTF_8));
        get.addHeader("Accept", "application/json");
        try (CloseableHttpResponse response = httpClient.execute(get)) {
            if (response.getCode() != 200) {
                log.warn("Geocoder returned HTTP {} for {}", response.getCode(), address);
                return Optional.empty();
            }
            String body = EntityUtils.toString(response.getEntity(), StandardCharsets.UTF_8);
            return Coordinates.firstIn(body);
        } catch (IOException | ParseException e) {
            log.warn("Geocoder call failed for {}: {}", address, e.getMessage());
            return Optional.empty();
        }
    }
}
