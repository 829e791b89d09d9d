// WebClient on a ReactorClientHttpConnector whose Reactor Netty HttpClient sets only a connect timeout, only compression, or is the connector's default.
import io.netty.channel.ChannelOption;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.web.reactive.function.client.WebClient;

import reactor.netty.http.client.HttpClient;

@Configuration
class ReactiveClientsConfiguration {

    @Bean
    WebClient ratingsWebClient() {
        HttpClient httpClient = HttpClient.create()
                .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, 2_000);
        return WebClient.builder() // expect: http-missing-timeout "`WebClient`"
                .clientConnector(new ReactorClientHttpConnector(httpClient))
                .baseUrl("https://ratings.example.com")
                .build();
    }

    @Bean
    WebClient mediaWebClient() {
        return WebClient.builder() // expect: http-missing-timeout "`WebClient`"
                .clientConnector(new ReactorClientHttpConnector(HttpClient.create().compress(true).followRedirect(true)))
                .build();
    }

    @Bean
    WebClient auditWebClient() {
        return WebClient.builder().clientConnector(new ReactorClientHttpConnector()).build(); // expect: http-missing-timeout "`WebClient`"
    }
}
