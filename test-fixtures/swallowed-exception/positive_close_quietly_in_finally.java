// An Apache HttpClient 4 caller that closes the response in finally with an empty catch around close().
import java.io.IOException;
import org.apache.http.client.methods.CloseableHttpResponse;
import org.apache.http.client.methods.HttpGet;
import org.apache.http.impl.client.CloseableHttpClient;
import org.apache.http.util.EntityUtils;

class PartnerCatalogFetcher {

    private final CloseableHttpClient httpClient;

    PartnerCatalogFetcher(CloseableHttpClient httpClient) {
        this.httpClient = httpClient;
    }

    String fetchCatalog(String partnerUrl) throws IOException {
        CloseableHttpResponse response = null;
        try {
            response = httpClient.execute(new HttpGet(partnerUrl + "/catalog.json"));
            return EntityUtils.toString(response.getEntity());
        } finally {
            if (response != null) {
                try {
                    response.close();
                } catch (IOException e) { // expect: swallowed-exception "IOException"
                }
            }
        }
    }
}
