// JDK HttpClient whose builder comes from a helper of the same class that never sets connectTimeout, and the callers that build it without adding one.
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.Executor;

import org.springframework.stereotype.Service;

@Service
class InventorySyncClient {

    private final HttpClient client;

    InventorySyncClient(Executor applicationTaskExecutor) {
        this.client = baseBuilder().executor(applicationTaskExecutor).build();
    }

    private static HttpClient.Builder baseBuilder() {
        return HttpClient.newBuilder() // expect: http-missing-timeout "`HttpClient` built without `connectTimeout`"
                .version(HttpClient.Version.HTTP_2)
                .followRedirects(HttpClient.Redirect.NORMAL);
    }

    String stockLevel(URI warehouse, String sku) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(warehouse.resolve("/stock/" + sku))
                .timeout(Duration.ofSeconds(4))
                .GET()
                .build();
        return client.send(request, HttpResponse.BodyHandlers.ofString()).body();
    }
}

@Service
class ShippingQuoteClient {

    private HttpClient.Builder quoteClientBuilder() {
        HttpClient.Builder builder = HttpClient.newBuilder(); // expect: http-missing-timeout "`HttpClient` built without `connectTimeout`"
        builder.followRedirects(HttpClient.Redirect.NORMAL);
        return builder;
    }

    HttpClient quoteClient() {
        return quoteClientBuilder().build();
    }
}
