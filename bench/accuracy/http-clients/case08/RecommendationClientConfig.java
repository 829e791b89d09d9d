// Recommendation service client built from Spring Boot's RestClient.Builder, adding a base
// URL, a default header and a correlation-id interceptor.
package httpclients.case08;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.client.RestClient;

@Configuration
public class RecommendationClientConfig {

    @Bean
    RestClient recommendationRestClient(RestClient.Builder builder,
                                        @Value("${recommendations.url}") String url,
                                        CorrelationIdInterceptor correlationIdInterceptor) {
        return builder
                .baseUrl(url)
                .defaultHeader("X-Client", "storefront")
                .requestInterceptor(correlationIdInterceptor)
                .build();
    }
}
