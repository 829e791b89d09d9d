// A payment method plugin: card, wallet, bank transfer.
package staticfields.case17;

import java.math.BigDecimal;

public interface PaymentHandler {

    String code();

    String charge(String orderId, BigDecimal amount, String currency);
}
