// Apache HttpClient 4 with a default RequestConfig that sets connect and socket timeouts: inline, from a local, with the pool timeout too, timeouts from configuration.
import org.apache.http.client.config.RequestConfig;
import org.apache.http.impl.client.CloseableHttpClient;
import org.apache.http.impl.client.HttpClients;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class PaymentsHttpClientConfiguration {

    @Bean(destroyMethod = "close")
    CloseableHttpClient paymentsHttpClient(@Value("${payments.connect-timeout-ms:2000}") int connectTimeout,
                                           @Value("${payments.socket-timeout-ms:10000}") int socketTimeout) {
        RequestConfig config = RequestConfig.custom()
                .setConnectTimeout(connectTimeout)
                .setSocketTimeout(socketTimeout)
                .setConnectionRequestTimeout(500)
                .build();
        return HttpClients.custom()
                .setDefaultRequestConfig(config)
                .setMaxConnTotal(100)
                .build();
    }

    @Bean(destroyMethod = "close")
    CloseableHttpClient refundsHttpClient() {
        return HttpClients.custom()
                .setDefaultRequestConfig(RequestConfig.custom().setConnectTimeout(3_000).setSocketTimeout(15_000).build())
                .disableAutomaticRetries()
                .build();
    }
}
