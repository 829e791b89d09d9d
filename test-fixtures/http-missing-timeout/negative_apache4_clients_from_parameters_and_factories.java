// Apache HttpClient 4 clients the code does not create: an injected bean, a project factory interface, a client handed to a helper; their requests are executed here.
import java.io.IOException;

import org.apache.http.client.methods.CloseableHttpResponse;
import org.apache.http.client.methods.HttpDelete;
import org.apache.http.client.methods.HttpGet;
import org.apache.http.impl.client.CloseableHttpClient;
import org.apache.http.util.EntityUtils;
import org.springframework.stereotype.Service;

interface TenantHttpClients {
    CloseableHttpClient forTenant(String tenantId);
}

@Service
class TenantProvisioningClient {

    private final CloseableHttpClient sharedClient;
    private final TenantHttpClients tenantClients;

    TenantProvisioningClient(CloseableHttpClient sharedClient, TenantHttpClients tenantClients) {
        this.sharedClient = sharedClient;
        this.tenantClients = tenantClients;
    }

    String plan(String baseUrl, String tenantId) throws IOException {
        try (CloseableHttpResponse response = sharedClient.execute(new HttpGet(baseUrl + "/tenants/" + tenantId + "/plan"))) {
            return EntityUtils.toString(response.getEntity());
        }
    }

    int deprovision(String baseUrl, String tenantId) throws IOException {
        CloseableHttpClient client = tenantClients.forTenant(tenantId);
        return delete(client, baseUrl + "/tenants/" + tenantId);
    }

    private static int delete(CloseableHttpClient client, String url) throws IOException {
        try (CloseableHttpResponse response = client.execute(new HttpDelete(url))) {
            return response.getStatusLine().getStatusCode();
        }
    }
}
