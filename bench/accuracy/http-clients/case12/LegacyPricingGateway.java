// Legacy pricing service over HttpURLConnection: a helper opens and prepares the connections
// for the two endpoints the nightly job calls.
package httpclients.case12;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.net.URL;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

@Component
public class LegacyPricingGateway {

    private final String baseUrl;
    private final int readTimeoutMs;

    public LegacyPricingGateway(@Value("${legacy-pricing.url}") String baseUrl,
                                @Value("${legacy-pricing.read-timeout-ms:15000}") int readTimeoutMs) {
        this.baseUrl = baseUrl;
        this.readTimeoutMs = readTimeoutMs;
    }

    public String priceList(String currency) throws IOException {
        HttpURLConnection connection = open("/prices?currency=" + currency);
        try (InputStream in = connection.getInputStream()) {
            return new String(in.readAllBytes(), UTF_8);
        } finally {
            connection.disconnect();
        }
    }

    public boolean isUp() throws IOException {
        HttpURLConnection connection = open("/health");
        connection.setRequestMethod("HEAD");
        try {
            return connection.getResponseCode() == HttpURLConnection.HTTP_OK;
        } finally {
            connection.disconnect();
        }
    }

    private HttpURLConnection open(String path) throws IOException {
        URL url = URI.create(baseUrl + path).toURL();
        HttpURLConnection connection = (HttpURLConnection) url.openConnection(); // hang
        connection.setReadTimeout(readTimeoutMs);
        connection.setRequestProperty("Accept", "application/xml");
        connection.setUseCaches(false);
        return connection;
    }
}
