// Spring Boot injected RestTemplateBuilder and RestClient.Builder built with no timeout in code (the application's properties may set them), and built with both timeouts in code.
import java.time.Duration;

import org.springframework.boot.web.client.RestTemplateBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.stereotype.Service;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestTemplate;

@Configuration
class BootClientsConfiguration {

    @Bean
    RestTemplate ordersRestTemplate(RestTemplateBuilder builder) {
        return builder
                .rootUri("https://orders.example.com")
                .defaultHeader("Accept", "application/json")
                .build();
    }

    @Bean
    RestTemplate invoicesRestTemplate(RestTemplateBuilder builder) {
        return builder
                .rootUri("https://invoices.example.com")
                .setConnectTimeout(Duration.ofSeconds(2))
                .setReadTimeout(Duration.ofSeconds(20))
                .build();
    }

    @Bean
    RestClient customersRestClient(RestClient.Builder restClientBuilder) {
        return restClientBuilder.baseUrl("https://customers.example.com").build();
    }
}

@Service
class ReturnsClient {

    private final RestClient restClient;
    private final RestTemplate restTemplate;

    ReturnsClient(RestClient.Builder restClientBuilder, RestTemplateBuilder restTemplateBuilder) {
        SimpleClientHttpRequestFactory factory = new SimpleClientHttpRequestFactory();
        factory.setConnectTimeout(Duration.ofSeconds(1));
        factory.setReadTimeout(Duration.ofSeconds(5));
        this.restClient = restClientBuilder.requestFactory(factory).baseUrl("https://returns.example.com").build();
        this.restTemplate = restTemplateBuilder.build();
    }

    String status(String returnId) {
        return restClient.get().uri("/returns/{id}", returnId).retrieve().body(String.class);
    }

    String label(String returnId) {
        return restTemplate.getForObject("https://returns.example.com/returns/{id}/label", String.class, returnId);
    }
}
