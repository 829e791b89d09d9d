// Publishes the nightly KPIs to the BI endpoint with the shared reporting client.
package httpclients.case53;

import java.io.IOException;

import org.apache.http.client.methods.CloseableHttpResponse;
import org.apache.http.client.methods.HttpPost;
import org.apache.http.entity.ContentType;
import org.apache.http.entity.StringEntity;
import org.apache.http.impl.client.CloseableHttpClient;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

@Component
public class KpiPublisher {

    private final CloseableHttpClient reportingHttpClient;
    private final String biEndpoint;

    public KpiPublisher(CloseableHttpClient reportingHttpClient, @Value("${bi.endpoint}") String biEndpoint) {
        this.reportingHttpClient = reportingHttpClient;
        this.biEndpoint = biEndpoint;
    }

    @Scheduled(cron = "0 30 2 * * *")
    public void publish() throws IOException {
        HttpPost post = new HttpPost(biEndpoint + "/kpis");
        post.setEntity(new StringEntity("{\"source\":\"shop\"}", ContentType.APPLICATION_JSON));
        try (CloseableHttpResponse response = reportingHttpClient.execute(post)) {
            if (response.getStatusLine().getStatusCode() >= 300) {
                throw new IOException("BI endpoint answered " + response.getStatusLine());
            }
        }
    }
}
