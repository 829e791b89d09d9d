// Carrier settings bound from application.yml (carriers.<code>.*), and the client built from them.
package checkthenact.case38;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

@ConfigurationProperties(prefix = "carriers")
public record CarrierSettingsProperties(Map<String, Carrier> byCode) {

    public Carrier carrier(String code) {
        var carrier = byCode.get(code);
        if (carrier == null) {
            throw new IllegalArgumentException("unknown carrier " + code);
        }
        return carrier;
    }

    public record Carrier(String baseUrl, String apiKey, int connectTimeoutMillis, int maxConnections) {
    }
}

record CarrierClient(String code, String baseUrl, String apiKey, HttpClient http) {

    String label(String shipmentId) throws java.io.IOException, InterruptedException {
        var request = HttpRequest.newBuilder(URI.create(baseUrl + "/shipments/" + shipmentId + "/label"))
                .header("Authorization", "Bearer " + apiKey)
                .timeout(Duration.ofSeconds(10))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString()).body();
    }
}
