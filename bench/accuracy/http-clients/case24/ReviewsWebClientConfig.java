// Product reviews WebClient built from Spring Boot's WebClient.Builder, with a base URL, JSON
// accept header and a request logging filter.
package httpclients.case24;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.client.ExchangeFilterFunction;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Mono;

@Configuration
public class ReviewsWebClientConfig {

    private static final Logger log = LoggerFactory.getLogger(ReviewsWebClientConfig.class);

    @Bean
    WebClient reviewsWebClient(WebClient.Builder builder, @Value("${reviews.base-url}") String baseUrl) {
        return builder.baseUrl(baseUrl)
                .defaultHeaders(headers -> headers.setAccept(List.of(MediaType.APPLICATION_JSON)))
                .filter(ExchangeFilterFunction.ofRequestProcessor(request -> {
                    log.debug("reviews call {} {}", request.method(), request.url());
                    return Mono.just(request);
                }))
                .build();
    }
}
