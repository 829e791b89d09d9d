// HttpURLConnection and URLConnection opened and read with no timeout set: a cast connection, a plain URLConnection, a var local, a POST that writes a body.
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.net.URL;
import java.net.URLConnection;
import java.nio.charset.StandardCharsets;

import org.springframework.stereotype.Service;

@Service
class LegacyBillingClient {

    private final URL billingBase;

    LegacyBillingClient(URL billingBase) {
        this.billingBase = billingBase;
    }

    String invoice(String id) throws IOException {
        URL url = new URL(billingBase, "/invoices/" + id);
        HttpURLConnection connection = (HttpURLConnection) url.openConnection(); // expect: http-missing-timeout "`openConnection()`"
        connection.setRequestProperty("Accept", "application/json");
        try (InputStream in = connection.getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } finally {
            connection.disconnect();
        }
    }

    long contentLength(String path) throws IOException {
        URLConnection connection = URI.create(billingBase + path).toURL().openConnection(); // expect: http-missing-timeout "`openConnection()`"
        return connection.getContentLengthLong();
    }

    int post(String path, String json) throws IOException {
        var connection = (HttpURLConnection) new URL(billingBase, path).openConnection(); // expect: http-missing-timeout "`openConnection()`"
        connection.setRequestMethod("POST");
        connection.setDoOutput(true);
        connection.setRequestProperty("Content-Type", "application/json");
        try (OutputStream out = connection.getOutputStream()) {
            out.write(json.getBytes(StandardCharsets.UTF_8));
        }
        return connection.getResponseCode();
    }
}
