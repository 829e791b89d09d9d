// Submits VAT returns to the tax authority's gateway from the (blocking) filing service and
// reads back the acknowledgements; every reactive call is waited for.
package ignoredfutures.case20;

import java.time.Duration;
import java.time.YearMonth;
import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.client.WebClient;

@Component
public class TaxFilingClient {

    private static final Duration GATEWAY_WAIT = Duration.ofSeconds(30);

    private final WebClient taxGatewayWebClient;

    public TaxFilingClient(WebClient taxGatewayWebClient) {
        this.taxGatewayWebClient = taxGatewayWebClient;
    }

    public void submit(VatReturn vatReturn) {
        taxGatewayWebClient.post()
                .uri("/vat/returns")
                .bodyValue(vatReturn)
                .retrieve()
                .bodyToMono(Void.class)
                .block(GATEWAY_WAIT);
    }

    public List<Acknowledgement> acknowledgements(YearMonth period) {
        List<Acknowledgement> acks = taxGatewayWebClient.get()
                .uri("/vat/acknowledgements?period={p}", period)
                .retrieve()
                .bodyToFlux(Acknowledgement.class)
                .collectList()
                .block(GATEWAY_WAIT);
        return acks == null ? List.of() : acks;
    }

    public void withdraw(String filingReference) {
        taxGatewayWebClient.delete()
                .uri("/vat/returns/{ref}", filingReference)
                .retrieve()
                .toBodilessEntity()
                .blockOptional(GATEWAY_WAIT)
                .orElseThrow();
    }

    public record VatReturn(String vatNumber, YearMonth period, long outputTaxCents, long inputTaxCents) {
    }

    public record Acknowledgement(String filingReference, String status) {
    }
}
