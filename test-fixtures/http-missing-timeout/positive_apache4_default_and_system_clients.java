// Apache HttpClient 4 clients with no RequestConfig: createDefault() in a service field, createSystem() in a @Bean, custom().build() with only a user agent and a pool size.
import java.io.IOException;

import org.apache.http.client.methods.CloseableHttpResponse;
import org.apache.http.client.methods.HttpGet;
import org.apache.http.impl.client.CloseableHttpClient;
import org.apache.http.impl.client.HttpClients;
import org.apache.http.util.EntityUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Service;

@Service
class LoyaltyPointsClient {

    private final CloseableHttpClient httpClient = HttpClients.createDefault(); // expect: http-missing-timeout "Apache HttpClient"

    String points(String baseUrl, String memberId) throws IOException {
        HttpGet get = new HttpGet(baseUrl + "/members/" + memberId + "/points");
        try (CloseableHttpResponse response = httpClient.execute(get)) {
            return EntityUtils.toString(response.getEntity());
        }
    }
}

@Configuration
class ApacheHttpClient4Configuration {

    @Bean(destroyMethod = "close")
    CloseableHttpClient proxyAwareHttpClient() {
        return HttpClients.createSystem(); // expect: http-missing-timeout "Apache HttpClient"
    }

    @Bean(destroyMethod = "close")
    CloseableHttpClient pooledHttpClient() {
        return HttpClients.custom() // expect: http-missing-timeout "Apache HttpClient"
                .setUserAgent("orders-service/1.0")
                .setMaxConnTotal(200)
                .setMaxConnPerRoute(50)
                .build();
    }
}
