// JDK HttpRequest without timeout built in a record's method, in a stream lambda sent with sendAsync, and picked by a switch expression before send.
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.springframework.stereotype.Service;

record SearchEndpoint(HttpClient client, URI base) {

    static SearchEndpoint of(URI base) {
        return new SearchEndpoint(HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build(), base);
    }

    String query(String term) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(base.resolve("/search?q=" + term)).build(); // expect: http-missing-timeout "`HttpRequest` built without `timeout`"
        return client.send(request, HttpResponse.BodyHandlers.ofString()).body();
    }
}

enum ExportFormat { CSV, JSON, PARQUET }

@Service
class ReportExportClient {

    private final HttpClient client = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(2))
            .build();

    List<CompletableFuture<String>> fetchAll(URI base, List<String> reportIds) {
        return reportIds.stream()
                .map(id -> HttpRequest.newBuilder(base.resolve("/reports/" + id)).GET().build()) // expect: http-missing-timeout "`HttpRequest` built without `timeout`"
                .map(request -> client.sendAsync(request, HttpResponse.BodyHandlers.ofString()).thenApply(HttpResponse::body))
                .toList();
    }

    byte[] export(URI base, String reportId, ExportFormat format) throws IOException, InterruptedException {
        HttpRequest request = switch (format) {
            case CSV -> HttpRequest.newBuilder(base.resolve("/reports/" + reportId + ".csv")) // expect: http-missing-timeout "`HttpRequest` built without `timeout`"
                    .header("Accept", "text/csv")
                    .build();
            case JSON, PARQUET -> HttpRequest.newBuilder(base.resolve("/reports/" + reportId)) // expect: http-missing-timeout "`HttpRequest` built without `timeout`"
                    .header("Accept", format == ExportFormat.JSON ? "application/json" : "application/vnd.apache.parquet")
                    .build();
        };
        return client.send(request, HttpResponse.BodyHandlers.ofByteArray()).body();
    }
}
