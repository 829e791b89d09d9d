// Fallback code in catch blocks whose only throw-without-cause sits inside a lambda or an anonymous class, not directly in the catch block.
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.client.RestClientException;
import org.springframework.web.client.RestTemplate;

class PriceUnavailableException extends RuntimeException {

    PriceUnavailableException(String message) {
        super(message);
    }
}

record PriceSnapshot(BigDecimal price, Instant takenAt) {

    boolean isStale(Clock clock) {
        return takenAt.isBefore(clock.instant().minusSeconds(3600));
    }
}

@Service
class PricingFallbackService {

    private final RestTemplate restTemplate;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactionTemplate;
    private final Map<String, PriceSnapshot> snapshots = new ConcurrentHashMap<>();
    private final Clock clock = Clock.systemUTC();

    PricingFallbackService(RestTemplate restTemplate, JdbcTemplate jdbc, TransactionTemplate transactionTemplate) {
        this.restTemplate = restTemplate;
        this.jdbc = jdbc;
        this.transactionTemplate = transactionTemplate;
    }

    public BigDecimal price(String sku) {
        try {
            return restTemplate.getForObject("/prices/{sku}", BigDecimal.class, sku);
        } catch (RestClientException e) {
            return Optional.ofNullable(snapshots.get(sku))
                    .map(snapshot -> {
                        if (snapshot.isStale(clock)) {
                            throw new PriceUnavailableException("Snapshot for " + sku + " is stale");
                        }
                        return snapshot.price();
                    })
                    .orElseThrow(() -> new PriceUnavailableException("No price for " + sku));
        }
    }

    public Integer reserve(long reservationId) {
        try {
            return jdbc.update("UPDATE reservation SET state = 'HELD' WHERE id = ?", reservationId);
        } catch (CannotAcquireLockException e) {
            return transactionTemplate.execute(new TransactionCallback<Integer>() {
                @Override
                public Integer doInTransaction(TransactionStatus status) {
                    int updated = jdbc.update("UPDATE reservation SET state = 'HELD' WHERE id = ? AND state = 'OPEN'", reservationId);
                    if (updated == 0) {
                        throw new IllegalStateException("Reservation " + reservationId + " vanished during retry");
                    }
                    return updated;
                }
            });
        }
    }
}
