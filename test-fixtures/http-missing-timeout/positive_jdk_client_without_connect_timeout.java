// JDK HttpClient built without connectTimeout: newHttpClient() in a @Bean, a builder chain with executor and redirects in a field, a var-held chain; the requests sent on them set their own timeout.
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.Executors;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Service;

@Configuration
class JdkHttpClientConfiguration {

    @Bean
    HttpClient pricingHttpClient() {
        return HttpClient.newHttpClient(); // expect: http-missing-timeout "`HttpClient` built without `connectTimeout`"
    }
}

@Service
class CurrencyRatesClient {

    private final HttpClient client = HttpClient.newBuilder() // expect: http-missing-timeout "`HttpClient` built without `connectTimeout`"
            .followRedirects(HttpClient.Redirect.NORMAL)
            .executor(Executors.newFixedThreadPool(4))
            .build();

    private final URI ratesEndpoint;

    CurrencyRatesClient(@Value("${rates.endpoint}") URI ratesEndpoint) {
        this.ratesEndpoint = ratesEndpoint;
    }

    String latest(String base) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(ratesEndpoint.resolve("/latest?base=" + base))
                .timeout(Duration.ofSeconds(5))
                .header("Accept", "application/json")
                .build();
        return client.send(request, HttpResponse.BodyHandlers.ofString()).body();
    }
}

@Service
class WebhookPinger {

    int ping(URI target) throws IOException, InterruptedException {
        var client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_2).build(); // expect: http-missing-timeout "`HttpClient` built without `connectTimeout`"
        var request = HttpRequest.newBuilder(target)
                .method("HEAD", HttpRequest.BodyPublishers.noBody())
                .timeout(Duration.ofSeconds(3))
                .build();
        return client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
