package com.parcelwise.returns.shipping;

import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.client.RestTemplateBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.client.RestTemplate;

@Configuration
public class ShippingClientConfig {

    @Bean
    public RestTemplate shippingRestTemplate(
            RestTemplateBuilder builder,
            @Value("${shipping.api-key}") String apiKey,
            @Value("${shipping.base-url:https://api.shiprates.example}") String baseUrl) {
        return builder
                .rootUri(baseUrl)
                .additionalInterceptors(new ApiKeyInterceptor(apiKey))
                .setConnectTimeout(Duration.ofSeconds(2))
                .setReadTimeout(Duration.ofSeconds(5))
                .build();
    }
}
