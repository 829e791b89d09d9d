// Partner product feed import: the partner posts the URL of its feed, the import runs on the
// servlet's worker pool and the request answers 202 with the import id.
package ignoredfutures.case36;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

@WebServlet(urlPatterns = "/partner/feeds", loadOnStartup = 1)
public class FeedImportServlet extends AbstractJsonServlet {

    private ExecutorService workers;
    private HttpClient httpClient;

    @Override
    public void init() throws ServletException {
        workers = Executors.newVirtualThreadPerTaskExecutor();
        httpClient = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!authorised(request, response)) {
            return;
        }
        FeedRequest feed = json.readValue(request.getInputStream(), FeedRequest.class);
        String importId = UUID.randomUUID().toString();
        workers.submit(() -> importFeed(importId, URI.create(feed.url()))); // dropped
        writeJson(response, HttpServletResponse.SC_ACCEPTED, Map.of("importId", importId));
    }

    private long importFeed(String importId, URI url) throws IOException, InterruptedException {
        HttpRequest get = HttpRequest.newBuilder(url).timeout(Duration.ofMinutes(2)).GET().build();
        HttpResponse<InputStream> feed = httpClient.send(get, HttpResponse.BodyHandlers.ofInputStream());
        try (InputStream body = feed.body()) {
            return body.transferTo(java.io.OutputStream.nullOutputStream());
        }
    }

    @Override
    public void destroy() {
        workers.shutdownNow();
    }

    record FeedRequest(String url, String format) {
    }
}
