// Supplier catalogue feed on Apache HttpClient 4: the request config tunes connecting and the
// cookie policy for the supplier's load balancer.
package httpclients.case39;

import java.io.IOException;

import org.apache.http.client.config.CookieSpecs;
import org.apache.http.client.config.RequestConfig;
import org.apache.http.client.methods.HttpGet;
import org.apache.http.impl.client.BasicResponseHandler;
import org.apache.http.impl.client.CloseableHttpClient;
import org.apache.http.impl.client.HttpClients;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

@Service
public class SupplierFeedClient {

    private final CloseableHttpClient httpClient;
    private final String feedUrl;

    public SupplierFeedClient(@Value("${supplier.feed-url}") String feedUrl,
                              @Value("${supplier.connect-timeout-ms:3000}") int connectTimeoutMs) {
        this.feedUrl = feedUrl;
        RequestConfig requestConfig = RequestConfig.custom()
                .setConnectTimeout(connectTimeoutMs)
                .setCookieSpec(CookieSpecs.STANDARD)
                .build();
        this.httpClient = HttpClients.custom() // hang
                .setDefaultRequestConfig(requestConfig)
                .setMaxConnPerRoute(10)
                .build();
    }

    public String downloadCatalogue(String supplierCode) throws IOException {
        HttpGet get = new HttpGet(feedUrl + "/" + supplierCode + "/catalogue.xml");
        get.addHeader("Accept", "application/xml");
        return httpClient.execute(get, new BasicResponseHandler());
    }
}
