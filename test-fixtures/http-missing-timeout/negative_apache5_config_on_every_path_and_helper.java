// Apache HttpClient 5 builder from a helper of the same class that sets a RequestConfig with connect and response timeouts, then given a connection manager on one path only (which does not undo them).
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClientBuilder;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.util.Timeout;
import org.springframework.stereotype.Component;

@Component
class FulfilmentHttpClients {

    private static HttpClientBuilder timedBuilder() {
        HttpClientBuilder builder = HttpClients.custom();
        builder.setDefaultRequestConfig(RequestConfig.custom()
                .setConnectTimeout(Timeout.ofSeconds(2))
                .setResponseTimeout(Timeout.ofSeconds(10))
                .build());
        return builder;
    }

    CloseableHttpClient fulfilmentClient(boolean pooled) {
        HttpClientBuilder builder = timedBuilder();
        if (pooled) {
            builder.setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create().setMaxConnTotal(40).build());
        }
        return builder.build();
    }

    CloseableHttpClient carrierClient(String region) {
        HttpClientBuilder builder = HttpClients.custom().setUserAgent("fulfilment-" + region);
        if (region.startsWith("eu")) {
            builder.setDefaultRequestConfig(RequestConfig.custom()
                    .setConnectTimeout(Timeout.ofSeconds(2))
                    .setResponseTimeout(Timeout.ofSeconds(5))
                    .build());
        } else {
            builder.setDefaultRequestConfig(RequestConfig.custom()
                    .setConnectTimeout(Timeout.ofSeconds(5))
                    .setResponseTimeout(Timeout.ofSeconds(20))
                    .build());
        }
        return builder.build();
    }
}
