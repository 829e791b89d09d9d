// URLConnection opened with no timeout inside an asynchronous lambda and in a var local of a stream step, on addresses the code builds from text, and openStream() in a record method.
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.net.URL;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

import org.springframework.stereotype.Service;

record SitemapSource(String sitemapUrl) {

    byte[] read() throws IOException {
        try (var in = URI.create(sitemapUrl).toURL().openStream()) { // expect: http-missing-timeout "`openStream()`"
            return in.readAllBytes();
        }
    }
}

@Service
class LinkChecker {

    CompletableFuture<Integer> statusLater(URL link, Executor executor) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                var connection = (HttpURLConnection) link.openConnection(); // expect: http-missing-timeout "`openConnection()`"
                connection.setRequestMethod("HEAD");
                return connection.getResponseCode();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, executor);
    }

    List<Long> sizes(List<String> links) {
        return links.stream().map(link -> {
            try {
                var connection = new URL(link).openConnection(); // expect: http-missing-timeout "`openConnection()`"
                try (InputStream in = connection.getInputStream()) {
                    return in.transferTo(OutputStream.nullOutputStream());
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }).toList();
    }
}
