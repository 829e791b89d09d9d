// Warehouse RestClient on the JDK HttpClient through a JdkClientHttpRequestFactory with a read
// timeout; the connect timeout is set on the JDK client.
package httpclients.case48;

import java.net.http.HttpClient;
import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

@Configuration
public class WarehouseRestClientConfig {

    @Bean
    public RestClient warehouseRestClient(@Value("${warehouse.base-url}") String baseUrl,
                                          @Value("${warehouse.connect-timeout:PT2S}") Duration connectTimeout,
                                          @Value("${warehouse.read-timeout:PT10S}") Duration readTimeout) {
        HttpClient jdkClient = HttpClient.newBuilder()
                .connectTimeout(connectTimeout)
                .build();
        JdkClientHttpRequestFactory requestFactory = new JdkClientHttpRequestFactory(jdkClient);
        requestFactory.setReadTimeout(readTimeout);
        return RestClient.builder()
                .baseUrl(baseUrl)
                .requestFactory(requestFactory)
                .build();
    }
}
