package com.shelfwise.search.tools;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

class SearchIndexClient {

    private static final Logger log = LoggerFactory.getLogger(SearchIndexClient.class);
    private static final Pattern TOTAL = Pattern.compile("\"total\"\\s*:\\s*(\\d+)");

    private final HttpClient http;
    private final URI baseUri;

    SearchIndexClient(HttpClient http, URI baseUri) {
        this.http = http;
        this.baseUri = baseUri;
    }

    List<String> listIndices(String pattern) throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(baseUri.resolve("/_cat/indices/" + pattern + "?h=index"))
                .timeout(Duration.ofSeconds(30))
                .GET()
                .build();
        String body = http.send(request, HttpResponse.BodyHandlers.ofString()).body();
        return Arrays.stream(body.split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).sorted().toList();
    }

    long reindex(String source, String target) throws IOException, InterruptedException {
        String payload = """
                {"source": {"index": "%s"}, "dest": {"index": "%s"}}
                """.formatted(source, target);
        var request = HttpRequest.newBuilder(baseUri.resolve("/_reindex?wait_for_completion=true"))
                .timeout(Duration.ofMinutes(30))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(payload))
                .build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 300) {
            log.warn("Reindex {} -> {} answered {}: {}", source, target, response.statusCode(), response.body());
            throw new IOException("Reindex of " + source + " failed with HTTP " + response.statusCode());
        }
        Matcher matcher = TOTAL.matcher(response.body());
        return matcher.find() ? Long.parseLong(matcher.group(1)) : -1;
    }
}
