// WebClient.Builder held in a local that gets a timed connector in both branches of an if, a connector from a helper of the same class, and a builder helper that sets a timed connector.
import java.time.Duration;

import io.netty.handler.timeout.ReadTimeoutHandler;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.client.WebClient;

import reactor.netty.http.client.HttpClient;

@Component
class SettlementWebClients {

    private static ReactorClientHttpConnector timedConnector(Duration responseTimeout) {
        return new ReactorClientHttpConnector(HttpClient.create().responseTimeout(responseTimeout));
    }

    WebClient settlementClient(String baseUrl, boolean batch) {
        WebClient.Builder builder = WebClient.builder().baseUrl(baseUrl);
        if (batch) {
            builder.clientConnector(timedConnector(Duration.ofMinutes(2)));
        } else {
            builder.clientConnector(timedConnector(Duration.ofSeconds(5)));
        }
        return builder.build();
    }

    private static WebClient.Builder clearingBuilder() {
        HttpClient httpClient = HttpClient.create()
                .doOnConnected(connection -> connection.addHandlerLast(new ReadTimeoutHandler(15)));
        return WebClient.builder()
                .clientConnector(new ReactorClientHttpConnector(httpClient))
                .baseUrl("https://clearing.example.com");
    }

    WebClient clearingClient() {
        return clearingBuilder().defaultHeader("X-Source", "settlement").build();
    }

    WebClient reconciliationClient() {
        return WebClient.builder()
                .clientConnector(timedConnector(Duration.ofSeconds(20)))
                .build();
    }
}
