// HttpURLConnection and URLConnection with both connect and read timeouts set before use: literals, configured Durations, a var local, getContent() on the configured connection.
import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URL;
import java.net.URLConnection;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

@Service
class WeatherStationClient {

    private final Duration connectTimeout;
    private final Duration readTimeout;

    WeatherStationClient(@Value("${weather.connect-timeout:PT2S}") Duration connectTimeout,
                         @Value("${weather.read-timeout:PT5S}") Duration readTimeout) {
        this.connectTimeout = connectTimeout;
        this.readTimeout = readTimeout;
    }

    String observation(URL station) throws IOException {
        HttpURLConnection connection = (HttpURLConnection) station.openConnection();
        connection.setConnectTimeout((int) connectTimeout.toMillis());
        connection.setReadTimeout((int) readTimeout.toMillis());
        connection.setRequestProperty("Accept", "application/json");
        try (InputStream in = connection.getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } finally {
            connection.disconnect();
        }
    }

    int ping(URL station) throws IOException {
        var connection = (HttpURLConnection) station.openConnection();
        connection.setReadTimeout(1_000);
        connection.setConnectTimeout(1_000);
        connection.setRequestMethod("HEAD");
        return connection.getResponseCode();
    }

    Object content(URL station) throws IOException {
        URLConnection connection = station.openConnection();
        connection.setConnectTimeout(2_000);
        connection.setReadTimeout(2_000);
        return connection.getContent();
    }
}
