package nulls.case42;

import java.math.BigDecimal;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import org.springframework.stereotype.Component;

/**
 * In-memory running balances used by the settlement preview; one lock per account.
 */
@Component
public class AccountBalanceBook {

    private final ConcurrentMap<Long, Object> locks = new ConcurrentHashMap<>();
    private final Map<Long, BigDecimal> balances = new ConcurrentHashMap<>();

    public BigDecimal credit(long accountId, BigDecimal amount) {
        synchronized (locks.computeIfAbsent(accountId, id -> new Object())) {
            balances.putIfAbsent(accountId, BigDecimal.ZERO);
            BigDecimal updated = balances.get(accountId).add(amount);
            balances.put(accountId, updated);
            return updated;
        }
    }

    public BigDecimal debit(long accountId, BigDecimal amount) {
        synchronized (locks.computeIfAbsent(accountId, id -> new Object())) {
            balances.computeIfAbsent(accountId, id -> BigDecimal.ZERO);
            BigDecimal updated = balances.get(accountId).subtract(amount);
            balances.put(accountId, updated);
            return updated;
        }
    }

    public BigDecimal balance(long accountId) {
        return balances.getOrDefault(accountId, BigDecimal.ZERO);
    }
}
