// Sanctions screening calls on Apache HttpClient 5, created from the system properties so that
// the corporate proxy settings apply.
package httpclients.case40;

import java.io.IOException;

import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.http.io.entity.StringEntity;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

@Service
public class SanctionsScreeningClient {

    private final CloseableHttpClient httpClient;
    private final String screeningUrl;

    public SanctionsScreeningClient(@Value("${sanctions.screening-url}") String screeningUrl) {
        this.screeningUrl = screeningUrl;
        this.httpClient = HttpClients.createSystem(); // hang
    }

    public boolean isListed(String fullName, String countryCode) throws IOException {
        String json = """
                {"name": "%s", "country": "%s"}
                """.formatted(fullName, countryCode);
        HttpPost post = new HttpPost(screeningUrl);
        post.setEntity(new StringEntity(json, ContentType.APPLICATION_JSON));
        return httpClient.execute(post, response -> {
            String body = EntityUtils.toString(response.getEntity());
            return response.getCode() == 200 && body.contains("\"match\":true");
        });
    }
}
