package nulls.case51;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface SubscriptionRepository extends JpaRepository<Subscription, Long> {

    Subscription findFirstByCustomerIdAndStatusOrderByStartedOnDesc(long customerId, String status);

    List<Subscription> findByRenewsOnBefore(LocalDate date);
}
