// Apache HttpClient 4 with a RequestConfig that sets only the pool's connection request timeout (no connect or socket timeout), inline and from a local.
import java.io.IOException;

import org.apache.http.client.config.RequestConfig;
import org.apache.http.client.methods.CloseableHttpResponse;
import org.apache.http.client.methods.HttpPost;
import org.apache.http.entity.ContentType;
import org.apache.http.entity.StringEntity;
import org.apache.http.impl.client.CloseableHttpClient;
import org.apache.http.impl.client.HttpClients;
import org.springframework.stereotype.Service;

@Service
class FraudScoreClient {

    private final CloseableHttpClient httpClient;

    FraudScoreClient() {
        RequestConfig poolOnly = RequestConfig.custom()
                .setConnectionRequestTimeout(500)
                .build();
        this.httpClient = HttpClients.custom() // expect: http-missing-timeout "Apache HttpClient"
                .setDefaultRequestConfig(poolOnly)
                .setMaxConnTotal(50)
                .build();
    }

    int score(String url, String transactionJson) throws IOException {
        HttpPost post = new HttpPost(url);
        post.setEntity(new StringEntity(transactionJson, ContentType.APPLICATION_JSON));
        try (CloseableHttpResponse response = httpClient.execute(post)) {
            return response.getStatusLine().getStatusCode();
        }
    }

    static CloseableHttpClient auditClient() {
        return HttpClients.custom() // expect: http-missing-timeout "Apache HttpClient"
                .setDefaultRequestConfig(RequestConfig.custom().setConnectionRequestTimeout(1_000).setRedirectsEnabled(false).build())
                .build();
    }
}
