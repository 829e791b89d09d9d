// URLConnection timeouts set on every path before use: in both branches of an if, before an early return, and in a helper that opens, configures and returns the connection.
import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URL;
import java.net.URLConnection;

import org.springframework.stereotype.Component;

@Component
class ImageThumbnailFetcher {

    byte[] fetch(URL image, boolean original) throws IOException {
        URLConnection connection = image.openConnection();
        connection.setConnectTimeout(2_000);
        if (original) {
            connection.setReadTimeout(60_000);
        } else {
            connection.setReadTimeout(5_000);
        }
        try (InputStream in = connection.getInputStream()) {
            return in.readAllBytes();
        }
    }

    int probe(URL image, boolean cached) throws IOException {
        HttpURLConnection connection = (HttpURLConnection) image.openConnection();
        connection.setConnectTimeout(1_000);
        connection.setReadTimeout(1_000);
        if (cached) {
            connection.setRequestProperty("Cache-Control", "only-if-cached");
        }
        return connection.getResponseCode();
    }

    private static HttpURLConnection timedConnection(URL url, int millis) throws IOException {
        HttpURLConnection connection = (HttpURLConnection) url.openConnection();
        connection.setConnectTimeout(millis);
        connection.setReadTimeout(millis);
        return connection;
    }

    long size(URL image) throws IOException {
        HttpURLConnection connection = timedConnection(image, 3_000);
        connection.setRequestMethod("HEAD");
        return connection.getContentLengthLong();
    }
}
