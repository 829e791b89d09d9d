// Checkout: reserves stock and books the payment, both non-blocking.
package singletons.case11;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

@Service
public class CheckoutService {

    private final InventoryGateway inventory;
    private final PaymentGateway payments;

    public CheckoutService(InventoryGateway inventory, PaymentGateway payments) {
        this.inventory = inventory;
        this.payments = payments;
    }

    public Mono<CheckoutReceipt> place(CheckoutRequest request) {
        String orderId = UUID.randomUUID().toString();
        BigDecimal total = request.lines().stream()
                .map(line -> line.unitPrice().multiply(BigDecimal.valueOf(line.quantity())))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        return inventory.reserve(orderId, request.lines())
                .then(payments.charge(request.customerId(), orderId, total))
                .map(paymentRef -> new CheckoutReceipt(orderId, paymentRef, total));
    }

    public interface InventoryGateway {
        Mono<Void> reserve(String orderId, List<Line> lines);
    }

    public interface PaymentGateway {
        Mono<String> charge(String customerId, String orderId, BigDecimal amount);
    }

    public record Line(String sku, int quantity, BigDecimal unitPrice) {
    }

    public record CheckoutRequest(String customerId, List<Line> lines) {
    }

    public record CheckoutReceipt(String orderId, String paymentReference, BigDecimal total) {
    }
}
