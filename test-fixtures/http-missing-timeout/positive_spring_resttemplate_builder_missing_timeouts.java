// RestTemplateBuilder created by the code (not injected by Spring Boot) with no timeouts, with the read timeout only, and with the connect timeout only.
import java.time.Duration;

import org.springframework.boot.web.client.RestTemplateBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.client.RestTemplate;

@Configuration
class ManualRestTemplateBuilderConfiguration {

    @Bean
    RestTemplate crmRestTemplate() {
        return new RestTemplateBuilder() // expect: http-missing-timeout "`RestTemplate`"
                .rootUri("https://crm.example.com/api")
                .basicAuthentication("svc-orders", "secret")
                .build();
    }

    @Bean
    RestTemplate erpRestTemplate() {
        return new RestTemplateBuilder() // expect: http-missing-timeout "`RestTemplate`"
                .rootUri("https://erp.example.com")
                .setReadTimeout(Duration.ofSeconds(30))
                .build();
    }

    @Bean
    RestTemplate hrRestTemplate() {
        RestTemplateBuilder builder = new RestTemplateBuilder(); // expect: http-missing-timeout "`RestTemplate`"
        builder = builder.setConnectTimeout(Duration.ofSeconds(3));
        return builder.rootUri("https://hr.example.com").build();
    }
}
