package com.finledger.billing.export;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;

@Configuration
public class BillingExportClientConfig {

    @Bean
    RestClient billingExportRestClient() {
        return RestClient.builder()
                .baseUrl("https://export.finledger.example/api")
                .defaultHeaders(headers -> headers.setBasicAuth("billing-export", "3xP0rt#Feb!9qLz"))
                .defaultHeader("Accept", MediaType.APPLICATION_JSON_VALUE)
                .build();
    }
}
