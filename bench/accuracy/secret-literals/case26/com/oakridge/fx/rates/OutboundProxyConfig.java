package com.oakridge.fx.rates;

import java.net.Authenticator;
import java.net.InetSocketAddress;
import java.net.PasswordAuthentication;
import java.net.ProxySelector;
import java.net.http.HttpClient;
import java.time.Duration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
public class OutboundProxyConfig {

    @Bean
    HttpClient ratesHttpClient() {
        return HttpClient.newBuilder()
                .proxy(ProxySelector.of(new InetSocketAddress("proxy.corp.oakridge.example", 3128)))
                .authenticator(new Authenticator() {
                    @Override
                    protected PasswordAuthentication getPasswordAuthentication() {
                        if (getRequestorType() != RequestorType.PROXY) {
                            return null;
                        }
                        return new PasswordAuthentication("svc-fxrates", "Px7$kW2qN9zLr4Tm".toCharArray());
                    }
                })
                .connectTimeout(Duration.ofSeconds(5))
                .build();
    }
}
