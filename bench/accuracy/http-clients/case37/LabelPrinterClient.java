// Shipping label printer integration on Apache HttpClient 5: the timeouts live in the
// connection config of the pooling connection manager.
package httpclients.case37;

import java.io.IOException;

import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.http.io.entity.StringEntity;
import org.apache.hc.core5.util.Timeout;
import org.springframework.stereotype.Component;

@Component
public class LabelPrinterClient {

    private final CloseableHttpClient httpClient;
    private final LabelPrinterSettings settings;

    public LabelPrinterClient(LabelPrinterSettings settings) {
        this.settings = settings;
        var connectionConfig = ConnectionConfig.custom()
                .setConnectTimeout(Timeout.of(settings.connectTimeout()))
                .setSocketTimeout(Timeout.of(settings.socketTimeout()))
                .build();
        var connectionManager = PoolingHttpClientConnectionManagerBuilder.create()
                .setDefaultConnectionConfig(connectionConfig)
                .setMaxConnPerRoute(4)
                .build();
        this.httpClient = HttpClients.custom()
                .setConnectionManager(connectionManager)
                .build();
    }

    public int print(String printerId, String zpl) throws IOException {
        HttpPost post = new HttpPost(settings.baseUrl() + "/printers/" + printerId + "/jobs");
        post.setEntity(new StringEntity(zpl, ContentType.TEXT_PLAIN));
        return httpClient.execute(post, response -> {
            EntityUtils.consume(response.getEntity());
            return response.getCode();
        });
    }
}
