package com.shelfwise.search.tools;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.List;

/**
 * Rebuilds the catalog search indices from the operations host:
 * {@code java -cp search-tools.jar com.shelfwise.search.tools.ReindexCommand http://search:9200 --apply}.
 */
public class ReindexCommand {

    public static void main(String[] args) throws Exception {
        String baseUrl = args.length > 0 ? args[0] : "http://localhost:9200";
        boolean apply = List.of(args).contains("--apply");
        var client = new SearchIndexClient(
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build(), URI.create(baseUrl));

        List<String> indices = client.listIndices("catalog-*");
        if (indices.isEmpty()) {
            System.err.println("No catalog indices found at " + baseUrl);
            System.exit(1);
        }
        System.out.println("Catalog indices at " + baseUrl + ":");
        indices.forEach(index -> System.out.println("  " + index));
        if (!apply) {
            System.out.println("Dry run; pass --apply to reindex.");
            return;
        }
        for (String index : indices) {
            String target = index + "-v" + System.currentTimeMillis();
            long copied = client.reindex(index, target);
            System.out.printf("%s -> %s: %d documents%n", index, target, copied);
        }
    }
}
