// Currency rate import over HttpURLConnection: bulk history downloads and the daily feed
// use different timeouts, chosen in an if/else after the connection is opened.
package httpclients.case04;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.HttpURLConnection;
import java.net.URI;
import java.util.List;

import org.springframework.stereotype.Component;

@Component
public class RateFeedImporter {

    public List<String> fetchRates(String currency, boolean fullHistory) throws IOException {
        String path = fullHistory ? "/history/" : "/daily/";
        var url = URI.create(RateFeedSettings.FEED_URL + path + currency + ".csv").toURL();
        HttpURLConnection connection = (HttpURLConnection) url.openConnection();
        if (fullHistory) {
            connection.setConnectTimeout(RateFeedSettings.BULK_CONNECT_MS);
            connection.setReadTimeout(RateFeedSettings.BULK_READ_MS);
        } else {
            connection.setConnectTimeout(RateFeedSettings.DAILY_CONNECT_MS);
            connection.setReadTimeout(RateFeedSettings.DAILY_READ_MS);
        }
        connection.setRequestProperty("Accept", "text/csv");

        try (var reader = new BufferedReader(new InputStreamReader(connection.getInputStream(), UTF_8))) {
            return reader.lines()
                    .skip(1)
                    .filter(line -> !line.isBlank())
                    .toList();
        } finally {
            connection.disconnect();
        }
    }
}
