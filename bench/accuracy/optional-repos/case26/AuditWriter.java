package opt.case26;

import jakarta.inject.Provider;
import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

@Component
public class AuditWriter {

    private final JdbcTemplate jdbcTemplate;
    private final Supplier<Instant> now;
    private final Provider<RequestInfo> requestInfo;

    public AuditWriter(JdbcTemplate jdbcTemplate, Clock clock, Provider<RequestInfo> requestInfo) {
        this.jdbcTemplate = jdbcTemplate;
        this.now = clock::instant;
        this.requestInfo = requestInfo;
    }

    public void write(String action, String target) {
        RequestInfo info = requestInfo.get();
        jdbcTemplate.update(
                "INSERT INTO audit_log (at, actor, action, target, ip) VALUES (?, ?, ?, ?, ?)",
                now.get(), AuditContext.user(), action, target, info.remoteAddress());
    }

    public int writeAsyncAndWait(String action, String target) throws InterruptedException, ExecutionException, TimeoutException {
        String actor = AuditContext.user();
        CompletableFuture<Integer> rows = CompletableFuture.supplyAsync(() -> jdbcTemplate.update(
                "INSERT INTO audit_log (at, actor, action, target) VALUES (?, ?, ?, ?)", now.get(), actor, action, target));
        return rows.get(2, TimeUnit.SECONDS);
    }

    public interface RequestInfo {
        String remoteAddress();
    }
}
