// Pricing engine WebClient: the connector comes from a helper that configures the Reactor
// Netty client.
package httpclients.case29;

import io.netty.channel.ChannelOption;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.netty.http.client.HttpClient;

@Configuration
public class PricingWebClientConfig {

    @Bean
    public WebClient pricingWebClient(@Value("${pricing.url}") String url) {
        return WebClient.builder()
                .baseUrl(url)
                .clientConnector(pricingConnector())
                .build();
    }

    private ReactorClientHttpConnector pricingConnector() {
        HttpClient httpClient = HttpClient.create()
                .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, PricingTimeouts.CONNECT_MILLIS)
                .responseTimeout(PricingTimeouts.RESPONSE);
        return new ReactorClientHttpConnector(httpClient);
    }
}
