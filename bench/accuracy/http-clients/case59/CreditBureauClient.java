// Credit bureau checks on the Apache HttpClient 5 instance supplied by the bureau's SDK.
package httpclients.case59;

import java.io.IOException;

import com.creditbureau.sdk.BureauHttpClients;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

@Service
public class CreditBureauClient {

    private final CloseableHttpClient httpClient;
    private final String bureauUrl;

    public CreditBureauClient(@Value("${bureau.url}") String bureauUrl, @Value("${bureau.api-key}") String apiKey) {
        this.bureauUrl = bureauUrl;
        this.httpClient = BureauHttpClients.forApiKey(apiKey);
    }

    public int score(String nationalId) throws IOException {
        HttpGet get = new HttpGet(bureauUrl + "/scores/" + nationalId);
        return httpClient.execute(get, response -> {
            String body = EntityUtils.toString(response.getEntity()).strip();
            return response.getCode() == 200 ? Integer.parseInt(body) : -1;
        });
    }
}
