package org.weatherly.stations;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

public class StationPoller {

    private static final Logger LOG = Logger.getLogger(StationPoller.class.getName());

    private final HttpClient httpClient;
    private final URI baseUri;

    public StationPoller(HttpClient httpClient, URI baseUri) {
        this.httpClient = httpClient;
        this.baseUri = baseUri;
    }

    public Optional<String> latestObservation(String stationId) throws InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(baseUri.resolve("/stations/" + stationId + "/observations/latest"))
                .timeout(Duration.ofSeconds(10))
                .header("Accept", "application/geo+json")
                .GET()
                .build();
        try {
            HttpResponse<String> response = httpClient.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                LOG.warning(() -> "Station " + stationId + " answered HTTP " + response.statusCode());
                return Optional.empty();
            }
            return Optional.of(response.body());
        } catch (IOException e) {
            LOG.log(Level.SEVERE, "Could not poll station " + stationId + ": " + e.getMessage(), e);
            return Optional.empty();
        }
    }
}
