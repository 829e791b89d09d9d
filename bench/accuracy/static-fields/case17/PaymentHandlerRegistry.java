// Registry of payment method handlers, looked up by payment method code at checkout.
package staticfields.case17;

import java.util.HashMap;
import java.util.Map;

public final class PaymentHandlerRegistry {

    public static final Map<String, PaymentHandler> HANDLERS = new HashMap<>(); // static

    private PaymentHandlerRegistry() {
    }

    public static PaymentHandler forMethod(String code) {
        var handler = HANDLERS.get(code);
        if (handler == null) {
            throw new IllegalArgumentException("no payment handler for " + code);
        }
        return handler;
    }
}
