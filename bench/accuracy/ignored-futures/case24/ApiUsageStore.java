// Append-only store of API usage samples, billed per client at the end of the month.
package ignoredfutures.case24;

import java.time.Duration;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class ApiUsageStore {

    private final JdbcClient jdbcClient;

    public ApiUsageStore(JdbcClient jdbcClient) {
        this.jdbcClient = jdbcClient;
    }

    public void append(UsageSample sample) {
        jdbcClient.sql("INSERT INTO api_usage (client_id, route, status, duration_ms) VALUES (?, ?, ?, ?)")
                .params(sample.clientId(), sample.route(), sample.status(), sample.duration().toMillis())
                .update();
    }

    public record UsageSample(String clientId, String route, int status, Duration duration) {
    }
}
