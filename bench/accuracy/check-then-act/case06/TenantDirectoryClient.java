// Client of the tenant directory service, which knows where each tenant's database lives.
package checkthenact.case06;

import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.client.ClientHttpRequestFactories;
import org.springframework.boot.web.client.ClientHttpRequestFactorySettings;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

@Component
public class TenantDirectoryClient {

    private final RestClient client;

    public TenantDirectoryClient(RestClient.Builder builder, @Value("${tenants.directory-url}") String url) {
        var settings = ClientHttpRequestFactorySettings.DEFAULTS
                .withConnectTimeout(Duration.ofSeconds(2))
                .withReadTimeout(Duration.ofSeconds(5));
        this.client = builder.baseUrl(url)
                .requestFactory(ClientHttpRequestFactories.get(settings))
                .build();
    }

    public ConnectionSettings connectionSettings(String tenantId) {
        return client.get()
                .uri("/tenants/{id}/database", tenantId)
                .retrieve()
                .body(ConnectionSettings.class);
    }

    public record ConnectionSettings(String jdbcUrl, String username, String password) {
    }
}
