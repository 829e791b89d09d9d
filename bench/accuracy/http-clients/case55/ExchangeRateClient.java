// Exchange rate client on the JDK HttpClient: the client is tuned for HTTP/2 and redirects,
// each request carries its own timeout.
package httpclients.case55;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

@Service
public class ExchangeRateClient {

    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(5);

    private final HttpClient httpClient;
    private final String ratesUrl;

    public ExchangeRateClient(@Value("${fx.rates-url}") String ratesUrl) {
        this.ratesUrl = ratesUrl;
        this.httpClient = HttpClient.newBuilder() // hang
                .version(HttpClient.Version.HTTP_2)
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
    }

    public BigDecimal rate(String from, String to) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(ratesUrl + "/" + from + "/" + to))
                .timeout(REQUEST_TIMEOUT)
                .GET()
                .build();
        String body = httpClient.send(request, BodyHandlers.ofString()).body();
        return new BigDecimal(body.strip());
    }
}
