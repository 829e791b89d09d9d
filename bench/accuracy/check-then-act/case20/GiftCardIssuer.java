// Gift card provider adapter: issues a funded card and mails it to the recipient.
package checkthenact.case20;

import java.math.BigDecimal;

import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

@Component
public class GiftCardIssuer {

    private final RestClient giftCardRestClient;

    public GiftCardIssuer(RestClient giftCardRestClient) {
        this.giftCardRestClient = giftCardRestClient;
    }

    public IssuedCard issue(BigDecimal amount, String reference) {
        return giftCardRestClient.post()
                .uri("/cards")
                .body(new IssueRequest(amount, "EUR", reference))
                .retrieve()
                .body(IssuedCard.class);
    }

    public void sendToRecipient(IssuedCard card, String email) {
        giftCardRestClient.post()
                .uri("/cards/{id}/deliveries", card.cardId())
                .body(new DeliveryRequest(email))
                .retrieve()
                .toBodilessEntity();
    }

    public record IssuedCard(String cardId, String maskedCode, BigDecimal balance) {
    }

    record IssueRequest(BigDecimal amount, String currency, String reference) {
    }

    record DeliveryRequest(String email) {
    }
}
