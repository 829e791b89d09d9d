package eval5.case08;

import java.time.Instant;
import java.util.Optional;

public interface CustomerRepository {

    Optional<Customer> findByEmail(String email);

    record Customer(long id, String email, String displayName, String tier, Instant createdAt) {
    }
}
