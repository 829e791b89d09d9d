// An Apache HttpClient 4 CRM client that sets Authorization and X-API-Key headers to literals with setHeader and addHeader.
import java.io.IOException;
import org.apache.http.HttpHeaders;
import org.apache.http.client.methods.CloseableHttpResponse;
import org.apache.http.client.methods.HttpGet;
import org.apache.http.client.methods.HttpPost;
import org.apache.http.entity.ContentType;
import org.apache.http.entity.StringEntity;
import org.apache.http.impl.client.CloseableHttpClient;
import org.apache.http.util.EntityUtils;

public class CrmContactClient {

    private static final String CRM_BASE = "https://crm.example.com/api/v2";

    private final CloseableHttpClient httpClient;

    public CrmContactClient(CloseableHttpClient httpClient) {
        this.httpClient = httpClient;
    }

    public String findContact(String email) throws IOException {
        HttpGet get = new HttpGet(CRM_BASE + "/contacts?email=" + email);
        get.setHeader("Authorization", "Token 4c9e1f7a2b8d5e3f6a0c9b2d7e4f1a8c"); // expect: hardcoded-secret "`Authorization`"
        get.setHeader(HttpHeaders.ACCEPT, "application/json");
        try (CloseableHttpResponse response = httpClient.execute(get)) {
            return EntityUtils.toString(response.getEntity());
        }
    }

    public int createContact(String json) throws IOException {
        HttpPost post = new HttpPost(CRM_BASE + "/contacts");
        post.addHeader("X-API-Key", "Zx1Cv4Bn7Mq0Wa3Se6Rd9Tf2Yg5Uh8Ij"); // expect: hardcoded-secret "`X-API-Key`"
        post.addHeader("X-Request-Source", "billing-service");
        post.setEntity(new StringEntity(json, ContentType.APPLICATION_JSON));
        try (CloseableHttpResponse response = httpClient.execute(post)) {
            return response.getStatusLine().getStatusCode();
        }
    }
}
