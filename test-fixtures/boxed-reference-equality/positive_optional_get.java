// A loyalty service that compares values unwrapped from Optional<Long> and Optional<Integer> (get, orElse, orElseThrow) with other boxed values.
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Service;

@Service
class LoyaltyTierService {

    private final Map<Long, Long> referrerByCustomer = new ConcurrentHashMap<>();
    private final Map<Long, Integer> pointsByCustomer = new ConcurrentHashMap<>();

    Optional<Long> findReferrer(Long customerId) {
        return Optional.ofNullable(referrerByCustomer.get(customerId));
    }

    Optional<Integer> points(Long customerId) {
        return Optional.ofNullable(pointsByCustomer.get(customerId));
    }

    public boolean referredBy(Long customerId, Long referrerId) {
        Optional<Long> referrer = findReferrer(customerId);
        return referrer.isPresent() && referrer.get() == referrerId; // expect: boxed-reference-equality "`referrer.get()`"
    }

    public boolean samePoints(Long customerId, Long otherCustomerId) {
        return points(customerId).orElse(null) == points(otherCustomerId).orElse(null); // expect: boxed-reference-equality "`points(customerId).orElse(null)`"
    }

    public boolean pointsMatch(Long customerId, Integer expected) {
        return expected == points(customerId).orElseThrow(); // expect: boxed-reference-equality "`expected`"
    }

    public boolean isGold(Long customerId) {
        return points(customerId).orElse(0) >= 10_000;
    }
}
