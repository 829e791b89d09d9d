// Stock level checks over the JDK HttpClient: the asynchronous call is bounded on the future
// returned by sendAsync.
package httpclients.case49;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

@Service
public class StockLevelClient {

    private final HttpClient client;
    private final String stockUrl;

    public StockLevelClient(@Value("${stock.url}") String stockUrl) {
        this.stockUrl = stockUrl;
        this.client = HttpClient.newBuilder()
                .connectTimeout(Duration.ofMillis(800))
                .build();
    }

    public CompletableFuture<Integer> available(String sku, String warehouse) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(stockUrl + "/stock/" + warehouse + "/" + sku))
                .header("Accept", "text/plain")
                .GET()
                .build();
        CompletableFuture<HttpResponse<String>> response = client.sendAsync(request, BodyHandlers.ofString())
                .orTimeout(3, TimeUnit.SECONDS);
        return response
                .thenApply(r -> r.statusCode() == 200 ? Integer.parseInt(r.body().strip()) : 0)
                .exceptionally(ex -> 0);
    }
}
