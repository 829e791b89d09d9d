// Product catalogue sync over the JDK HttpClient: the client has a connect timeout, the page
// requests are built per call while following the cursor.
package httpclients.case07;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

@Service
public class CatalogPageFetcher {

    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(3);

    private final HttpClient client;
    private final String catalogUrl;

    public CatalogPageFetcher(@Value("${catalog.url}") String catalogUrl) {
        this.catalogUrl = catalogUrl;
        this.client = HttpClient.newBuilder()
                .connectTimeout(CONNECT_TIMEOUT)
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
    }

    public List<String> fetchAll() throws IOException, InterruptedException {
        var pages = new ArrayList<String>();
        String cursor = "";
        do {
            HttpRequest request = HttpRequest.newBuilder() // hang
                    .uri(URI.create(catalogUrl + "/products?cursor=" + cursor))
                    .header("Accept", "application/x-ndjson")
                    .build();
            HttpResponse<String> response = client.send(request, BodyHandlers.ofString());
            pages.add(response.body());
            cursor = response.headers().firstValue("X-Next-Cursor").orElse("");
        } while (!cursor.isEmpty());
        return pages;
    }
}
