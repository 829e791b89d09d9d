// Builds one account's monthly statement on the async executor and returns its storage key.
package ignoredfutures.case16;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Service;

@Service
public class StatementGenerator {

    private final JdbcClient jdbcClient;

    public StatementGenerator(JdbcClient jdbcClient) {
        this.jdbcClient = jdbcClient;
    }

    @Async
    public Future<String> generate(long accountId, LocalDate month) {
        BigDecimal balance = jdbcClient.sql("""
                        SELECT COALESCE(SUM(amount), 0) FROM ledger_entries
                        WHERE account_id = ? AND booked_on >= ? AND booked_on < ?""")
                .params(accountId, month, month.plusMonths(1))
                .query(BigDecimal.class)
                .single();
        String key = "statements/%d/%s.pdf".formatted(accountId, month);
        jdbcClient.sql("INSERT INTO statements (account_id, month, closing_balance, storage_key) VALUES (?, ?, ?, ?)")
                .params(accountId, month, balance, key)
                .update();
        return CompletableFuture.completedFuture(key);
    }
}
