// Ledger WebClient built from Spring Boot's WebClient.Builder with a Reactor Netty connector
// that sets a connect timeout and optional wire logging.
package httpclients.case33;

import io.netty.channel.ChannelOption;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.netty.http.client.HttpClient;

@Configuration
public class LedgerWebClientConfig {

    @Bean
    WebClient ledgerWebClient(WebClient.Builder webClientBuilder, LedgerProperties props) {
        HttpClient httpClient = HttpClient.create()
                .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, props.connectTimeoutMillis())
                .wiretap(props.wiretap());
        return webClientBuilder.baseUrl(props.baseUrl()) // hang
                .clientConnector(new ReactorClientHttpConnector(httpClient))
                .build();
    }
}
