package com.tallyhq.ledger.partner;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.apache.http.client.methods.CloseableHttpResponse;
import org.apache.http.client.methods.HttpPost;
import org.apache.http.entity.ContentType;
import org.apache.http.entity.StringEntity;
import org.apache.http.impl.client.CloseableHttpClient;
import org.apache.http.util.EntityUtils;
import org.springframework.stereotype.Component;

@Component
public class LedgerPartnerClient {

    private final CloseableHttpClient httpClient;

    public LedgerPartnerClient(CloseableHttpClient ledgerPartnerHttpClient) {
        this.httpClient = ledgerPartnerHttpClient;
    }

    public String pushJournal(String journalJson) throws IOException {
        HttpPost post = new HttpPost("https://" + LedgerPartnerClientConfig.PARTNER_HOST + "/v1/journals");
        post.setEntity(new StringEntity(journalJson, ContentType.APPLICATION_JSON));
        try (CloseableHttpResponse response = httpClient.execute(post)) {
            int status = response.getStatusLine().getStatusCode();
            String body = EntityUtils.toString(response.getEntity(), StandardCharsets.UTF_8);
            if (status >= 300) {
                throw new IOException("ledger partner rejected journal: HTTP " + status);
            }
            return body;
        }
    }
}
