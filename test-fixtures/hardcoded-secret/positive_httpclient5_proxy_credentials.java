// An Apache HttpClient 5 client that authenticates to a proxy with new UsernamePasswordCredentials("user", "literal".toCharArray()).
import java.util.concurrent.TimeUnit;
import org.apache.hc.client5.http.auth.AuthScope;
import org.apache.hc.client5.http.auth.UsernamePasswordCredentials;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.auth.BasicCredentialsProvider;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.core5.http.HttpHost;

public class ProxiedHttpClientFactory {

    private final HttpHost proxy = new HttpHost("http", "proxy.corp.example.com", 3128);

    public CloseableHttpClient create() {
        BasicCredentialsProvider credentials = new BasicCredentialsProvider();
        credentials.setCredentials(new AuthScope(proxy),
                new UsernamePasswordCredentials("svc-outbound", "Pr0xy!Outb0und#77".toCharArray())); // expect: hardcoded-secret "`UsernamePasswordCredentials`"
        RequestConfig config = RequestConfig.custom()
                .setConnectionRequestTimeout(5, TimeUnit.SECONDS)
                .setResponseTimeout(20, TimeUnit.SECONDS)
                .build();
        return HttpClients.custom()
                .setProxy(proxy)
                .setDefaultCredentialsProvider(credentials)
                .setDefaultRequestConfig(config)
                .build();
    }
}
