// Methods of the scanned sources (not @Async) returning CompletableFuture or Future called as statements: an unqualified call in the same class, an interface method, a static helper, and InventoryClient.reserve declared in negative_completable_futures_joined_or_combined.java.
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.springframework.stereotype.Service;

record RefundRequest(String paymentId, long amountInCents, String reason) {
}

interface PaymentGateway {

    CompletableFuture<String> refund(RefundRequest request);

    Future<Boolean> voidAuthorisation(String authorisationId);
}

final class Retries {

    private Retries() {
    }

    static CompletableFuture<Void> withBackoff(Runnable action, Duration delay) {
        Executor delayed = CompletableFuture.delayedExecutor(delay.toMillis(), TimeUnit.MILLISECONDS);
        return CompletableFuture.runAsync(action, delayed);
    }
}

@Service
class ReturnsService {

    private final PaymentGateway gateway;
    private final InventoryClient inventory;

    ReturnsService(PaymentGateway gateway, InventoryClient inventory) {
        this.gateway = gateway;
        this.inventory = inventory;
    }

    void acceptReturn(String orderId, String paymentId, String sku, long amountInCents) {
        gateway.refund(new RefundRequest(paymentId, amountInCents, "customer return")); // expect: ignored-future "`refund()`"
        inventory.reserve(sku, -1); // expect: ignored-future "`reserve()`"
        notifyWarehouse(orderId); // expect: ignored-future "`notifyWarehouse()`"
    }

    void cancelBeforeCapture(String authorisationId) {
        gateway.voidAuthorisation(authorisationId); // expect: ignored-future "`voidAuthorisation()`"
        Retries.withBackoff(() -> gateway.refund(new RefundRequest(authorisationId, 0, "void")).join(), Duration.ofSeconds(5)); // expect: ignored-future "`withBackoff()`"
    }

    CompletableFuture<Void> notifyWarehouse(String orderId) {
        return CompletableFuture.runAsync(() -> {
            if (orderId.isBlank()) {
                throw new IllegalArgumentException("no order");
            }
        });
    }
}
