// Geo-IP lookups over HttpURLConnection: a helper opens connections with the configured
// timeouts, the lookup adds its headers and reads the answer.
package httpclients.case32;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.net.URL;
import java.util.Optional;

import org.springframework.stereotype.Service;

@Service
public class GeoIpLookupClient {

    private final GeoIpSettings settings;

    public GeoIpLookupClient(GeoIpSettings settings) {
        this.settings = settings;
    }

    public Optional<String> countryOf(String ipAddress) throws IOException {
        HttpURLConnection connection = openConfigured(URI.create(settings.baseUrl() + "/country/" + ipAddress).toURL());
        connection.setRequestProperty("Accept", "text/plain");
        connection.setRequestProperty("X-Api-Key", settings.apiKey());
        try {
            if (connection.getResponseCode() != HttpURLConnection.HTTP_OK) {
                return Optional.empty();
            }
            try (InputStream in = connection.getInputStream()) {
                return Optional.of(new String(in.readAllBytes(), UTF_8).strip());
            }
        } finally {
            connection.disconnect();
        }
    }

    private HttpURLConnection openConfigured(URL url) throws IOException {
        HttpURLConnection connection = (HttpURLConnection) url.openConnection();
        connection.setConnectTimeout((int) settings.connectTimeout().toMillis());
        connection.setReadTimeout((int) settings.readTimeout().toMillis());
        connection.setInstanceFollowRedirects(false);
        return connection;
    }
}
