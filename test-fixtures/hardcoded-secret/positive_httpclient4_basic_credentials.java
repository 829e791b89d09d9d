// An Apache HttpClient 4 factory that registers new UsernamePasswordCredentials("user", "password-literal") in its credentials provider.
import org.apache.http.auth.AuthScope;
import org.apache.http.auth.UsernamePasswordCredentials;
import org.apache.http.client.CredentialsProvider;
import org.apache.http.client.config.RequestConfig;
import org.apache.http.impl.client.BasicCredentialsProvider;
import org.apache.http.impl.client.CloseableHttpClient;
import org.apache.http.impl.client.HttpClients;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
public class ErpHttpClientConfig {

    @Bean(destroyMethod = "close")
    public CloseableHttpClient erpHttpClient() {
        CredentialsProvider credentialsProvider = new BasicCredentialsProvider();
        credentialsProvider.setCredentials(AuthScope.ANY,
                new UsernamePasswordCredentials("erp-integration", "Erp#Int3gr4t!on")); // expect: hardcoded-secret "`UsernamePasswordCredentials`"
        RequestConfig requestConfig = RequestConfig.custom()
                .setConnectTimeout(5_000)
                .setSocketTimeout(30_000)
                .build();
        return HttpClients.custom()
                .setDefaultCredentialsProvider(credentialsProvider)
                .setDefaultRequestConfig(requestConfig)
                .build();
    }
}
