// WebClient.Builder held in a local that gets a timed connector in one branch of an if only, and one from a helper of the same class that sets no connector.
import java.time.Duration;

import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.client.WebClient;

import reactor.netty.http.client.HttpClient;

@Component
class StreamingWebClients {

    WebClient eventsClient(String baseUrl, boolean bounded) {
        WebClient.Builder builder = WebClient.builder().baseUrl(baseUrl); // expect: http-missing-timeout "`WebClient`"
        if (bounded) {
            builder.clientConnector(new ReactorClientHttpConnector(HttpClient.create().responseTimeout(Duration.ofSeconds(30))));
        }
        return builder.build();
    }

    private static WebClient.Builder jsonBuilder(String baseUrl) {
        return WebClient.builder() // expect: http-missing-timeout "`WebClient`"
                .baseUrl(baseUrl)
                .defaultHeader("Accept", "application/json");
    }

    WebClient metricsClient() {
        return jsonBuilder("https://metrics.example.com").defaultHeader("X-Source", "streaming").build();
    }
}
