// Spring Data repository of newsletter subscribers.
package checkthenact.case03;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface SubscriberRepository extends JpaRepository<Subscriber, Long> {

    boolean existsByEmail(String email);

    Optional<Subscriber> findByConfirmationToken(String token);
}
