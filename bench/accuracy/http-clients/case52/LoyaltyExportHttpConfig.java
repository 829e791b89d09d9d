// Loyalty export client on Apache HttpClient 4 with a pooling connection manager and a bounded
// wait for a pooled connection.
package httpclients.case52;

import org.apache.http.client.config.RequestConfig;
import org.apache.http.impl.client.CloseableHttpClient;
import org.apache.http.impl.client.HttpClients;
import org.apache.http.impl.conn.PoolingHttpClientConnectionManager;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
public class LoyaltyExportHttpConfig {

    @Bean(destroyMethod = "close")
    public CloseableHttpClient loyaltyExportHttpClient(@Value("${loyalty-export.max-connections:20}") int maxConnections,
                                                       @Value("${loyalty-export.pool-wait-ms:2000}") int poolWaitMs) {
        PoolingHttpClientConnectionManager connectionManager = new PoolingHttpClientConnectionManager();
        connectionManager.setMaxTotal(maxConnections);
        connectionManager.setDefaultMaxPerRoute(maxConnections);
        return HttpClients.custom() // hang
                .setConnectionManager(connectionManager)
                .setDefaultRequestConfig(RequestConfig.custom()
                        .setConnectionRequestTimeout(poolWaitMs)
                        .build())
                .build();
    }
}
