// JDK HttpRequest builders whose timeout is set on one path only (one branch of an if, a value that may be null), and one from a helper of the same class that sets none.
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import org.springframework.stereotype.Service;

@Service
class LedgerClient {

    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(2);

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(CONNECT_TIMEOUT).build();

    String balance(URI ledger, String account, boolean interactive) throws IOException, InterruptedException {
        HttpRequest.Builder builder = HttpRequest.newBuilder(ledger.resolve("/accounts/" + account + "/balance")); // expect: http-missing-timeout "`HttpRequest` built without `timeout`"
        builder.header("Accept", "application/json");
        if (interactive) {
            builder.timeout(Duration.ofSeconds(2));
        }
        return client.send(builder.build(), HttpResponse.BodyHandlers.ofString()).body();
    }

    String statement(URI ledger, String account, Duration deadline) throws IOException, InterruptedException {
        var builder = HttpRequest.newBuilder().uri(ledger.resolve("/accounts/" + account + "/statement")); // expect: http-missing-timeout "`HttpRequest` built without `timeout`"
        if (deadline != null) {
            builder = builder.timeout(deadline);
        }
        return client.send(builder.GET().build(), HttpResponse.BodyHandlers.ofString()).body();
    }

    private HttpRequest.Builder authorized(URI uri, String token) {
        return HttpRequest.newBuilder(uri) // expect: http-missing-timeout "`HttpRequest` built without `timeout`"
                .header("Authorization", "Bearer " + token);
    }

    int close(URI ledger, String account, String token) throws IOException, InterruptedException {
        HttpRequest request = authorized(ledger.resolve("/accounts/" + account), token).DELETE().build();
        return client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
