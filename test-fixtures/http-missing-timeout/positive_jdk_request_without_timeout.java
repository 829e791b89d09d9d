// JDK HttpRequest built without timeout and sent on a client that has a connectTimeout (which does not bound the wait for the response): inline in send(), in a local, in a var local, a POST sent with sendAsync.
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

@Service
class GeocodingClient {

    private final HttpClient client;
    private final URI baseUri;

    GeocodingClient(@Value("${geocoding.base-uri}") URI baseUri) {
        this.baseUri = baseUri;
        this.client = HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(2))
                .build();
    }

    String lookup(String address) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(baseUri.resolve("/geocode?q=" + address)).GET().build(), // expect: http-missing-timeout "`HttpRequest` built without `timeout`"
                HttpResponse.BodyHandlers.ofString()).body();
    }

    String reverse(double lat, double lon) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder() // expect: http-missing-timeout "`HttpRequest` built without `timeout`"
                .uri(baseUri.resolve("/reverse?lat=" + lat + "&lon=" + lon))
                .header("Accept", "application/json")
                .build();
        HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
        return response.body();
    }

    int health() throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(baseUri.resolve("/health")).build(); // expect: http-missing-timeout "`HttpRequest` built without `timeout`"
        var response = client.send(request, HttpResponse.BodyHandlers.discarding());
        return response.statusCode();
    }

    CompletableFuture<Integer> submitBatch(String json) {
        HttpRequest request = HttpRequest.newBuilder(baseUri.resolve("/batch")) // expect: http-missing-timeout "`HttpRequest` built without `timeout`"
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .build();
        return client.sendAsync(request, HttpResponse.BodyHandlers.discarding()).thenApply(HttpResponse::statusCode);
    }
}
