// JDK client and request builders returned by helpers of the same class that set connectTimeout and timeout, then built and sent by the callers.
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.Executor;

import org.springframework.stereotype.Service;

@Service
class TaxIdValidationClient {

    private static final Duration TIMEOUT = Duration.ofSeconds(4);

    private final HttpClient client;
    private final URI registry;

    TaxIdValidationClient(Executor applicationTaskExecutor, URI taxRegistryUri) {
        this.client = clientBuilder().executor(applicationTaskExecutor).build();
        this.registry = taxRegistryUri;
    }

    private static HttpClient.Builder clientBuilder() {
        return HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(2))
                .version(HttpClient.Version.HTTP_2);
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(registry.resolve(path));
        builder.timeout(TIMEOUT);
        builder.header("Accept", "application/json");
        return builder;
    }

    boolean valid(String taxId) throws IOException, InterruptedException {
        HttpRequest request = request("/tax-ids/" + taxId).GET().build();
        return client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
    }

    String owner(String taxId) throws IOException, InterruptedException {
        return client.send(request("/tax-ids/" + taxId + "/owner").build(), HttpResponse.BodyHandlers.ofString()).body();
    }
}
