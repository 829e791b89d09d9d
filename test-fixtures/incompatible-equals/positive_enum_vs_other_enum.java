// Payment reconciliation that compares a PaymentState with an OrderState and looks up an EnumMap keyed by one enum with the other.
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
import org.springframework.stereotype.Service;

enum PaymentState {
    AUTHORIZED,
    CAPTURED,
    REFUNDED,
    FAILED
}

record PaymentEvent(String orderRef, PaymentState state, BigDecimal amount) {
}

@Service
class PaymentReconciler {

    private final Map<PaymentState, OrderState> transitions = new EnumMap<>(PaymentState.class);

    PaymentReconciler() {
        transitions.put(PaymentState.CAPTURED, OrderState.PAID);
        transitions.put(PaymentState.REFUNDED, OrderState.CANCELLED);
    }

    boolean alreadyApplied(PurchaseOrder order, PaymentEvent event) {
        return event.state().equals(order.getStatus()); // expect: incompatible-equals "`PaymentState` with `OrderState`"
    }

    OrderState nextState(PurchaseOrder order) {
        OrderState next = transitions.get(order.getStatus()); // expect: incompatible-equals "`PaymentState` with `OrderState`"
        return next != null ? next : order.getStatus();
    }

    OrderState nextStateFixed(PurchaseOrder order, PaymentEvent event) {
        OrderState expected = switch (event.state()) {
            case CAPTURED -> OrderState.PAID;
            case REFUNDED -> OrderState.CANCELLED;
            case AUTHORIZED, FAILED -> order.getStatus();
        };
        return transitions.getOrDefault(event.state(), expected).equals(order.getStatus()) ? order.getStatus() : expected;
    }
}
