package com.finledger.billing.export;

import java.time.YearMonth;
import java.util.List;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.stereotype.Service;
import org.springframework.web.client.RestClient;

@Service
public class InvoiceExportService {

    private final RestClient billingExportRestClient;

    public InvoiceExportService(RestClient billingExportRestClient) {
        this.billingExportRestClient = billingExportRestClient;
    }

    public List<String> exportedInvoiceIds(YearMonth period) {
        List<String> ids = billingExportRestClient.get()
                .uri("/exports/{period}/invoices", period.toString())
                .retrieve()
                .body(new ParameterizedTypeReference<List<String>>() { });
        return ids == null ? List.of() : ids;
    }
}
