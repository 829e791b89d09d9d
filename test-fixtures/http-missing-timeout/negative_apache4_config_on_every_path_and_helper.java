// Apache HttpClient 4 builders held in a local and given a RequestConfig with connect and socket timeouts in both branches of an if, and a builder from a helper of the same class that sets one.
import org.apache.http.client.config.RequestConfig;
import org.apache.http.impl.client.CloseableHttpClient;
import org.apache.http.impl.client.HttpClientBuilder;
import org.apache.http.impl.client.HttpClients;
import org.springframework.stereotype.Component;

@Component
class WarehouseHttpClients {

    CloseableHttpClient stockClient(boolean batch) {
        HttpClientBuilder builder = HttpClients.custom();
        if (batch) {
            builder.setDefaultRequestConfig(RequestConfig.custom().setConnectTimeout(5_000).setSocketTimeout(120_000).build());
        } else {
            builder.setDefaultRequestConfig(RequestConfig.custom().setConnectTimeout(2_000).setSocketTimeout(5_000).build());
        }
        return builder.build();
    }

    private static HttpClientBuilder reportingBase() {
        return HttpClients.custom()
                .setDefaultRequestConfig(RequestConfig.custom().setConnectTimeout(2_000).setSocketTimeout(10_000).build())
                .setMaxConnPerRoute(10);
    }

    CloseableHttpClient reportingClient() {
        return reportingBase().setUserAgent("warehouse-reporting").build();
    }
}
