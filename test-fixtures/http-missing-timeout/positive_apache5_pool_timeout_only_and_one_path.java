// Apache HttpClient 5 with a RequestConfig that sets only the connection request (pool) timeout, and a builder whose timeouts are set in one branch of an if only.
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClientBuilder;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.util.Timeout;
import org.springframework.stereotype.Component;

@Component
class ContentDeliveryClients {

    CloseableHttpClient purgeClient() {
        return HttpClients.custom() // expect: http-missing-timeout "Apache HttpClient"
                .setDefaultRequestConfig(RequestConfig.custom()
                        .setConnectionRequestTimeout(Timeout.ofSeconds(1))
                        .build())
                .build();
    }

    CloseableHttpClient uploadClient(boolean bounded) {
        HttpClientBuilder builder = HttpClients.custom(); // expect: http-missing-timeout "Apache HttpClient"
        builder.disableAutomaticRetries();
        if (bounded) {
            builder.setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                    .setDefaultConnectionConfig(ConnectionConfig.custom()
                            .setConnectTimeout(Timeout.ofSeconds(2))
                            .setSocketTimeout(Timeout.ofSeconds(30))
                            .build())
                    .build());
        }
        return builder.build();
    }
}
