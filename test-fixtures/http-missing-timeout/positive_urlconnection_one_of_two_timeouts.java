// URLConnection with one of its two timeouts: connect timeout only (the read can hang) from configuration or a literal, and read timeout only.
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.HttpURLConnection;
import java.net.URL;
import java.net.URLConnection;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

@Component
class ExchangeFeedReader {

    private final int connectTimeoutMillis;

    ExchangeFeedReader(@Value("${feed.connect-timeout-ms:2000}") int connectTimeoutMillis) {
        this.connectTimeoutMillis = connectTimeoutMillis;
    }

    String firstLine(URL feed) throws IOException {
        HttpURLConnection connection = (HttpURLConnection) feed.openConnection(); // expect: http-missing-timeout "`openConnection()`"
        connection.setConnectTimeout(connectTimeoutMillis);
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(connection.getInputStream(), StandardCharsets.UTF_8))) {
            return reader.readLine();
        }
    }

    int status(URL feed) throws IOException {
        HttpURLConnection connection = (HttpURLConnection) feed.openConnection(); // expect: http-missing-timeout "`openConnection()`"
        connection.setReadTimeout((int) Duration.ofSeconds(10).toMillis());
        connection.setRequestMethod("HEAD");
        return connection.getResponseCode();
    }

    String contentType(URL feed) throws IOException {
        URLConnection connection = feed.openConnection(); // expect: http-missing-timeout "`openConnection()`"
        connection.setConnectTimeout(1_000);
        connection.setUseCaches(false);
        return connection.getContentType();
    }
}
