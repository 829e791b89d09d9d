package com.tallyhq.payables.partner;

import org.apache.http.auth.AuthScope;
import org.apache.http.auth.UsernamePasswordCredentials;
import org.apache.http.client.CredentialsProvider;
import org.apache.http.client.config.RequestConfig;
import org.apache.http.impl.client.BasicCredentialsProvider;
import org.apache.http.impl.client.CloseableHttpClient;
import org.apache.http.impl.client.HttpClients;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
@EnableConfigurationProperties(LedgerPartnerProperties.class)
public class LedgerPartnerClientConfig {

    @Bean(destroyMethod = "close")
    public CloseableHttpClient ledgerPartnerHttpClient(LedgerPartnerProperties properties) {
        CredentialsProvider credentials = new BasicCredentialsProvider();
        credentials.setCredentials(
                new AuthScope(properties.host(), 443),
                new UsernamePasswordCredentials(properties.username(), properties.password()));
        RequestConfig requestConfig = RequestConfig.custom()
                .setConnectTimeout(3_000)
                .setSocketTimeout(10_000)
                .build();
        return HttpClients.custom()
                .setDefaultCredentialsProvider(credentials)
                .setDefaultRequestConfig(requestConfig)
                .build();
    }
}
