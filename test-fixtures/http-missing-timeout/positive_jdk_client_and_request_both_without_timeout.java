// The commonest JDK shape: a client from newHttpClient() with no connectTimeout and a request with no timeout sent on it; both creations are reported.
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.springframework.stereotype.Component;

@Component
class FeatureFlagFetcher {

    private final HttpClient client = HttpClient.newHttpClient(); // expect: http-missing-timeout "`HttpClient` built without `connectTimeout`"

    String flags(URI flagService, String application) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(flagService.resolve("/flags/" + application)) // expect: http-missing-timeout "`HttpRequest` built without `timeout`"
                .header("Accept", "application/json")
                .build();
        return client.send(request, HttpResponse.BodyHandlers.ofString()).body();
    }
}
