// Shipment tracking WebClient bean: a Reactor Netty client with a connect timeout and a
// bounded connection pool, plugged into the builder through a ReactorClientHttpConnector.
package httpclients.case03;

import java.time.Duration;

import io.netty.channel.ChannelOption;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.netty.http.client.HttpClient;
import reactor.netty.resources.ConnectionProvider;

@Configuration
public class TrackingClientConfig {

    @Bean
    public WebClient trackingWebClient(@Value("${tracking.base-url}") String baseUrl,
                                       @Value("${tracking.connect-timeout-ms:3000}") int connectTimeoutMs) {
        ConnectionProvider pool = ConnectionProvider.builder("tracking")
                .maxConnections(50)
                .pendingAcquireTimeout(Duration.ofSeconds(5))
                .build();
        HttpClient netty = HttpClient.create(pool)
                .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, connectTimeoutMs)
                .compress(true);
        return WebClient.builder() // hang
                .baseUrl(baseUrl)
                .clientConnector(new ReactorClientHttpConnector(netty))
                .defaultHeader(HttpHeaders.ACCEPT, MediaType.APPLICATION_JSON_VALUE)
                .build();
    }
}
