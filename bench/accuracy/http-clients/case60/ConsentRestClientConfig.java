// Consent management RestClient built from Spring Boot's RestClient.Builder with a simple
// request factory that bounds the wait for answers.
package httpclients.case60;

import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

@Configuration
public class ConsentRestClientConfig {

    @Bean
    public RestClient consentRestClient(RestClient.Builder builder,
                                        @Value("${consent.url}") String url,
                                        @Value("${consent.read-timeout:PT5S}") Duration readTimeout) {
        var requestFactory = new SimpleClientHttpRequestFactory();
        requestFactory.setReadTimeout(readTimeout);
        return builder.baseUrl(url) // hang
                .requestFactory(requestFactory)
                .build();
    }
}
