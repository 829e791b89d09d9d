// Invoice sync against the billing system: a RestTemplate field whose request factory is
// installed in the constructor, over an Apache HttpClient 5 with its own request config.
package httpclients.case01;

import java.time.Duration;
import java.util.List;

import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.core5.util.Timeout;
import org.springframework.http.client.HttpComponentsClientHttpRequestFactory;
import org.springframework.stereotype.Service;
import org.springframework.web.client.RestTemplate;

@Service
public class InvoiceSyncClient {

    private final RestTemplate restTemplate;

    public InvoiceSyncClient() {
        CloseableHttpClient httpClient = HttpClients.custom()
                .setDefaultRequestConfig(RequestConfig.custom()
                        .setConnectTimeout(Timeout.ofSeconds(BillingEndpoints.CONNECT_TIMEOUT_SECONDS))
                        .setResponseTimeout(Timeout.ofSeconds(BillingEndpoints.RESPONSE_TIMEOUT_SECONDS))
                        .build())
                .evictExpiredConnections()
                .build();
        var factory = new HttpComponentsClientHttpRequestFactory(httpClient);
        factory.setConnectTimeout(Duration.ofSeconds(BillingEndpoints.CONNECT_TIMEOUT_SECONDS));
        this.restTemplate = new RestTemplate();
        this.restTemplate.setRequestFactory(factory);
    }

    public List<InvoiceLine> openInvoices(String customerId) {
        InvoiceLine[] lines = restTemplate.getForObject(
                BillingEndpoints.BASE_URL + "/customers/{id}/invoices?status=open",
                InvoiceLine[].class, customerId);
        return lines == null ? List.of() : List.of(lines);
    }

    public record InvoiceLine(String invoiceId, String sku, long amountCents) {
    }
}
