// Search index client on Apache HttpClient 4: a helper prepares a builder with the pool and
// request settings, the bean method finishes it.
package httpclients.case18;

import org.apache.http.client.config.RequestConfig;
import org.apache.http.impl.client.CloseableHttpClient;
import org.apache.http.impl.client.HttpClientBuilder;
import org.apache.http.impl.client.HttpClients;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
public class SearchIndexHttpConfig {

    @Value("${search.connect-timeout-ms:1500}")
    private int connectTimeoutMs;

    @Value("${search.socket-timeout-ms:8000}")
    private int socketTimeoutMs;

    @Bean(destroyMethod = "close")
    public CloseableHttpClient searchIndexHttpClient() {
        return baseBuilder()
                .setUserAgent("catalog-indexer/2.3")
                .disableCookieManagement()
                .build();
    }

    private HttpClientBuilder baseBuilder() {
        RequestConfig requestConfig = RequestConfig.custom()
                .setConnectTimeout(connectTimeoutMs)
                .setSocketTimeout(socketTimeoutMs)
                .setConnectionRequestTimeout(500)
                .build();
        return HttpClients.custom()
                .setMaxConnTotal(40)
                .setMaxConnPerRoute(20)
                .setDefaultRequestConfig(requestConfig);
    }
}
