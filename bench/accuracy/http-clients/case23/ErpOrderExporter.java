// Order export to the ERP on Apache HttpClient 4: the client is built in the constructor with
// a request config whose timeouts come from the configuration.
package httpclients.case23;

import java.io.IOException;

import org.apache.http.client.config.RequestConfig;
import org.apache.http.client.methods.CloseableHttpResponse;
import org.apache.http.client.methods.HttpPost;
import org.apache.http.entity.ContentType;
import org.apache.http.entity.StringEntity;
import org.apache.http.impl.client.CloseableHttpClient;
import org.apache.http.impl.client.HttpClients;
import org.apache.http.util.EntityUtils;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

@Service
public class ErpOrderExporter {

    private final CloseableHttpClient httpClient;
    private final String erpUrl;

    public ErpOrderExporter(@Value("${erp.url}") String erpUrl,
                            @Value("${erp.connect-timeout-ms}") int connectTimeoutMs,
                            @Value("${erp.socket-timeout-ms}") int socketTimeoutMs) {
        this.erpUrl = erpUrl;
        RequestConfig config = RequestConfig.custom()
                .setConnectionRequestTimeout(1_000)
                .setConnectTimeout(connectTimeoutMs)
                .setSocketTimeout(socketTimeoutMs)
                .build();
        this.httpClient = HttpClients.custom()
                .setDefaultRequestConfig(config)
                .build();
    }

    public int export(String orderXml) throws IOException {
        HttpPost post = new HttpPost(erpUrl + "/orders");
        post.setEntity(new StringEntity(orderXml, ContentType.APPLICATION_XML));
        try (CloseableHttpResponse response = httpClient.execute(post)) {
            EntityUtils.consume(response.getEntity());
            return response.getStatusLine().getStatusCode();
        }
    }
}
