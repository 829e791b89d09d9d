// JDK clients with connectTimeout and requests with timeout: inline chains, a var local, a record, a stream lambda, a switch expression, a timeout from configuration.
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

record CatalogEndpoint(HttpClient client, URI base, Duration timeout) {

    String product(String sku) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(base.resolve("/products/" + sku)).timeout(timeout).build();
        return client.send(request, HttpResponse.BodyHandlers.ofString()).body();
    }
}

enum Channel { EMAIL, SMS }

@Service
class NotificationGatewayClient {

    private final HttpClient client;
    private final Duration requestTimeout;

    NotificationGatewayClient(@Value("${gateway.connect-timeout:PT2S}") Duration connectTimeout,
                              @Value("${gateway.request-timeout:PT5S}") Duration requestTimeout) {
        this.client = HttpClient.newBuilder()
                .connectTimeout(connectTimeout)
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
        this.requestTimeout = requestTimeout;
    }

    int send(URI gateway, Channel channel, String json) throws IOException, InterruptedException {
        HttpRequest request = switch (channel) {
            case EMAIL -> HttpRequest.newBuilder(gateway.resolve("/email"))
                    .timeout(requestTimeout)
                    .POST(HttpRequest.BodyPublishers.ofString(json))
                    .build();
            case SMS -> HttpRequest.newBuilder(gateway.resolve("/sms"))
                    .POST(HttpRequest.BodyPublishers.ofString(json))
                    .timeout(Duration.ofSeconds(2))
                    .build();
        };
        return client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    int status(URI gateway) throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder().uri(gateway.resolve("/status")).timeout(Duration.ofSeconds(1)).build();
        return client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    List<CompletableFuture<Integer>> resend(URI gateway, List<String> ids) {
        return ids.stream()
                .map(id -> HttpRequest.newBuilder(gateway.resolve("/resend/" + id)).timeout(requestTimeout).POST(HttpRequest.BodyPublishers.noBody()).build())
                .map(request -> client.sendAsync(request, HttpResponse.BodyHandlers.discarding()).thenApply(HttpResponse::statusCode))
                .toList();
    }
}
