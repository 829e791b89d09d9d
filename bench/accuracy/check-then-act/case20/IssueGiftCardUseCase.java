// Issuing the gift card of a paid gift-card order: the order-paid listener and the support
// console's "re-send" button both call it; a card already issued for the order is sent again.
package checkthenact.case20;

import java.math.BigDecimal;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

@UseCase
public class IssueGiftCardUseCase {

    private final Map<String, GiftCardIssuer.IssuedCard> issuedByOrder = new ConcurrentHashMap<>();
    private final GiftCardIssuer issuer;

    public IssueGiftCardUseCase(GiftCardIssuer issuer) {
        this.issuer = issuer;
    }

    public GiftCardIssuer.IssuedCard handle(String orderId, String recipientEmail, BigDecimal amount) {
        if (!issuedByOrder.containsKey(orderId)) { // race
            var card = issuer.issue(amount, "order " + orderId);
            issuedByOrder.put(orderId, card);
        }
        var card = issuedByOrder.get(orderId);
        issuer.sendToRecipient(card, recipientEmail);
        return card;
    }
}
