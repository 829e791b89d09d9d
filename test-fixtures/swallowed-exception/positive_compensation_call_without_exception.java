// Other work without the exception (a fallback, a flag, a compensating call) does not handle the failure: nothing is logged, rethrown or returned, so the catalog counts it as swallowed.
import java.math.BigDecimal;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.cache.Cache;
import org.springframework.cache.CacheManager;
import org.springframework.stereotype.Service;
import org.springframework.web.client.RestClientException;
import org.springframework.web.client.RestTemplate;

@Service
class SeatReservationService {

    private final RestTemplate restTemplate;
    private final Cache seatCache;
    private final Map<String, Long> heldSeats = new ConcurrentHashMap<>();

    SeatReservationService(RestTemplate restTemplate, CacheManager cacheManager) {
        this.restTemplate = restTemplate;
        this.seatCache = cacheManager.getCache("seats");
    }

    boolean book(String seatId, long customerId, BigDecimal price) {
        heldSeats.put(seatId, customerId);
        try {
            restTemplate.postForEntity("https://payments.internal/charges", Map.of("customer", customerId, "amount", price), Void.class);
        } catch (RestClientException e) { // expect: swallowed-exception "RestClientException"
            releaseSeat(seatId);
        }
        return heldSeats.containsKey(seatId);
    }

    void refreshAvailability(String seatId) {
        try {
            Boolean free = restTemplate.getForObject("https://venue.internal/seats/{id}/free", Boolean.class, seatId);
            seatCache.put(seatId, Boolean.TRUE.equals(free));
        } catch (RestClientException e) { // expect: swallowed-exception "RestClientException"
            seatCache.evict(seatId);
        }
    }

    private void releaseSeat(String seatId) {
        heldSeats.remove(seatId);
    }
}
