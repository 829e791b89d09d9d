// Apache HttpClient 4 builders held in a local whose RequestConfig is set in one branch of an if only, and one from a helper of the same class that sets no RequestConfig.
import org.apache.http.client.config.RequestConfig;
import org.apache.http.impl.client.CloseableHttpClient;
import org.apache.http.impl.client.HttpClientBuilder;
import org.apache.http.impl.client.HttpClients;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

@Component
class SupplierPortalClients {

    private final int timeoutMillis;

    SupplierPortalClients(@Value("${supplier.timeout-ms:5000}") int timeoutMillis) {
        this.timeoutMillis = timeoutMillis;
    }

    CloseableHttpClient portalClient(boolean strict) {
        HttpClientBuilder builder = HttpClients.custom(); // expect: http-missing-timeout "Apache HttpClient"
        builder.setUserAgent("supplier-sync");
        if (strict) {
            builder.setDefaultRequestConfig(RequestConfig.custom()
                    .setConnectTimeout(timeoutMillis)
                    .setSocketTimeout(timeoutMillis)
                    .build());
        }
        return builder.build();
    }

    private HttpClientBuilder baseBuilder() {
        return HttpClients.custom() // expect: http-missing-timeout "Apache HttpClient"
                .disableCookieManagement()
                .setMaxConnPerRoute(20);
    }

    CloseableHttpClient catalogueClient() {
        return baseBuilder().setUserAgent("catalogue-sync").build();
    }
}
