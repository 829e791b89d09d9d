// Reactive repository of orders as seen by the cancellation flow.
package ignoredfutures.case29;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.repository.reactive.ReactiveCrudRepository;

public interface CancellableOrderRepository
        extends ReactiveCrudRepository<CancellableOrderRepository.CancellableOrder, String> {

    record CancellableOrder(@Id String id, String status, Instant cancelledAt) {

        public boolean cancellable() {
            return "NEW".equals(status) || "PAID".equals(status);
        }

        public CancellableOrder cancelled() {
            return new CancellableOrder(id, "CANCELLED", Instant.now());
        }
    }
}
