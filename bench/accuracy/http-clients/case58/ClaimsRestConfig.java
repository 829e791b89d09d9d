// Insurance claims RestTemplate built from Spring Boot's RestTemplateBuilder with a longer
// read timeout for the claims assessment endpoint.
package httpclients.case58;

import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.client.RestTemplateBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.client.RestTemplate;

@Configuration
public class ClaimsRestConfig {

    @Bean
    public RestTemplate claimsRestTemplate(RestTemplateBuilder restTemplateBuilder,
                                           @Value("${claims.url}") String claimsUrl,
                                           @Value("${claims.read-timeout:PT20S}") Duration readTimeout) {
        return restTemplateBuilder.rootUri(claimsUrl) // hang
                .setReadTimeout(readTimeout)
                .defaultHeader("X-Channel", "web")
                .build();
    }
}
