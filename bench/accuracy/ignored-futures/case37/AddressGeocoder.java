// Geocodes postal addresses through the maps provider's HTTP API, asynchronously.
package ignoredfutures.case37;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

@Component
public class AddressGeocoder {

    private final HttpClient httpClient = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();
    private final ObjectMapper objectMapper;
    private final String baseUrl;

    public AddressGeocoder(ObjectMapper objectMapper, @Value("${maps.geocode-url}") String baseUrl) {
        this.objectMapper = objectMapper;
        this.baseUrl = baseUrl;
    }

    public CompletableFuture<GeoPoint> geocode(String address, String countryCode) {
        var request = HttpRequest.newBuilder(URI.create(baseUrl + "?country=" + countryCode
                        + "&q=" + URLEncoder.encode(address, StandardCharsets.UTF_8)))
                .timeout(Duration.ofSeconds(10))
                .build();
        return httpClient.sendAsync(request, HttpResponse.BodyHandlers.ofString())
                .thenApply(HttpResponse::body)
                .thenApply(this::parse);
    }

    private GeoPoint parse(String body) {
        try {
            JsonNode first = objectMapper.readTree(body).path("results").path(0).path("location");
            return new GeoPoint(first.path("lat").asDouble(), first.path("lng").asDouble());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable geocoder answer", e);
        }
    }

    public record GeoPoint(double latitude, double longitude) {
    }
}
