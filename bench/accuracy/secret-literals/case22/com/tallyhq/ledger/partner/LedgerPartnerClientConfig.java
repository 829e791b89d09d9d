package com.tallyhq.ledger.partner;

import org.apache.http.auth.AuthScope;
import org.apache.http.auth.UsernamePasswordCredentials;
import org.apache.http.client.CredentialsProvider;
import org.apache.http.client.config.RequestConfig;
import org.apache.http.impl.client.BasicCredentialsProvider;
import org.apache.http.impl.client.CloseableHttpClient;
import org.apache.http.impl.client.HttpClients;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
public class LedgerPartnerClientConfig {

    static final String PARTNER_HOST = "api.ledgerpartner.example";

    @Bean(destroyMethod = "close")
    public CloseableHttpClient ledgerPartnerHttpClient() {
        CredentialsProvider credentials = new BasicCredentialsProvider();
        credentials.setCredentials(
                new AuthScope(PARTNER_HOST, 443),
                new UsernamePasswordCredentials("tally-sync", "N8f$2kLq0vZ!c7Rd"));
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
