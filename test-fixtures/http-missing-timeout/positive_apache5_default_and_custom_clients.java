// Apache HttpClient 5 clients with no timeouts: createDefault(), createSystem(), and custom() on a pooling connection manager that has no ConnectionConfig or SocketConfig.
import java.io.IOException;

import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Service;

@Service
class ProductReviewsClient {

    private final CloseableHttpClient httpClient = HttpClients.createDefault(); // expect: http-missing-timeout "Apache HttpClient"

    String reviews(String baseUrl, String sku) throws IOException {
        return httpClient.execute(new HttpGet(baseUrl + "/reviews/" + sku), response -> EntityUtils.toString(response.getEntity()));
    }
}

@Configuration
class ApacheHttpClient5Configuration {

    @Bean(destroyMethod = "close")
    CloseableHttpClient systemHttpClient() {
        return HttpClients.createSystem(); // expect: http-missing-timeout "Apache HttpClient"
    }

    @Bean(destroyMethod = "close")
    CloseableHttpClient pooledHttpClient() {
        return HttpClients.custom() // expect: http-missing-timeout "Apache HttpClient"
                .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                        .setMaxConnTotal(100)
                        .setMaxConnPerRoute(20)
                        .build())
                .evictExpiredConnections()
                .build();
    }
}
