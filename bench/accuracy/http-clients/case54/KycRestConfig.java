// KYC provider RestTemplate built from Spring Boot's RestTemplateBuilder, with both timeouts
// from the bound properties.
package httpclients.case54;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.web.client.RestTemplateBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.client.RestTemplate;

@Configuration
public class KycRestConfig {

    @Bean
    public RestTemplate kycRestTemplate(RestTemplateBuilder builder, KycProperties props) {
        return builder.rootUri(props.baseUrl())
                .setConnectTimeout(props.connectTimeout())
                .setReadTimeout(props.readTimeout())
                .defaultHeader("X-Tenant", props.tenant())
                .build();
    }

    @ConfigurationProperties(prefix = "kyc")
    public record KycProperties(String baseUrl, String tenant, Duration connectTimeout, Duration readTimeout) {
    }
}
