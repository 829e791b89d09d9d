package com.paystream.gateway;

import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

@Component
public class CardChargeClient {

    public record ChargeResult(String chargeId, String status) {
    }

    private final RestClient acquirer;

    public CardChargeClient(RestClient acquirer) {
        this.acquirer = acquirer;
    }

    public ChargeResult charge(String cardToken, long amountCents, String currency, String idempotencyKey) {
        try {
            return acquirer.post()
                    .uri("/v2/charges")
                    .contentType(MediaType.APPLICATION_JSON)
                    .header("Idempotency-Key", idempotencyKey)
                    .body(Map.of("source", cardToken, "amount", amountCents, "currency", currency))
                    .retrieve()
                    .body(ChargeResult.class);
        } catch (HttpClientErrorException.UnprocessableEntity e) {
            throw new PaymentGatewayException("Card declined by acquirer", true, e);
        } catch (RestClientException e) {
            throw new PaymentGatewayException("Acquirer unavailable", false, e);
        }
    }
}
