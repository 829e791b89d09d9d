// Spring Boot injected builders where the code takes over the timeouts and sets only one: RestTemplateBuilder with setConnectTimeout only or setReadTimeout only, RestClient.Builder with a request factory that has a connect timeout only.
import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.client.RestTemplateBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.stereotype.Service;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestTemplate;

@Configuration
class BootRestTemplateConfiguration {

    @Bean
    RestTemplate billingRestTemplate(RestTemplateBuilder builder,
                                     @Value("${billing.connect-timeout:PT2S}") Duration connectTimeout) {
        return builder // expect: http-missing-timeout "`RestTemplate`"
                .rootUri("https://billing.example.com")
                .setConnectTimeout(connectTimeout)
                .build();
    }

    @Bean
    RestTemplate reportingRestTemplate(RestTemplateBuilder restTemplateBuilder) {
        return restTemplateBuilder.setReadTimeout(Duration.ofMinutes(2)).build(); // expect: http-missing-timeout "`RestTemplate`"
    }
}

@Service
class KycVerificationClient {

    private final RestClient restClient;

    KycVerificationClient(RestClient.Builder builder) {
        SimpleClientHttpRequestFactory requestFactory = new SimpleClientHttpRequestFactory();
        requestFactory.setConnectTimeout(Duration.ofSeconds(2));
        this.restClient = builder // expect: http-missing-timeout "`RestClient`"
                .baseUrl("https://kyc.example.com")
                .requestFactory(requestFactory)
                .build();
    }

    String status(String applicantId) {
        return restClient.get().uri("/applicants/{id}/status", applicantId).retrieve().body(String.class);
    }
}
