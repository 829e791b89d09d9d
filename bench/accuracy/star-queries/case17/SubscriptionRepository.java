package stars.case17;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface SubscriptionRepository extends JpaRepository<Subscription, Long> {

    @Query(value = "SELECT * FROM subscriptions WHERE plan_code = :plan AND cancelled_at IS NULL", nativeQuery = true) // star
    List<Subscription> activeOnPlan(@Param("plan") String plan);

    @Query("SELECT s FROM Subscription s WHERE s.customerId = :customerId")
    List<Subscription> ofCustomer(@Param("customerId") long customerId);
}
