// Nightly job that starts the monthly statement of every account due today.
package ignoredfutures.case16;

import java.time.LocalDate;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

@Component
public class NightlyStatementJob {

    private static final Logger log = LoggerFactory.getLogger(NightlyStatementJob.class);

    private final JdbcClient jdbcClient;
    private final StatementGenerator statementGenerator;

    public NightlyStatementJob(JdbcClient jdbcClient, StatementGenerator statementGenerator) {
        this.jdbcClient = jdbcClient;
        this.statementGenerator = statementGenerator;
    }

    @Scheduled(cron = "0 30 1 * * *", zone = "Europe/Berlin")
    public void run() {
        LocalDate today = LocalDate.now();
        List<Long> due = jdbcClient.sql("SELECT id FROM accounts WHERE statement_day = ? AND closed = false")
                .param(today.getDayOfMonth())
                .query(Long.class)
                .list();
        log.info("{} statements due on {}", due.size(), today);
        for (long accountId : due) {
            statementGenerator.generate(accountId, today.withDayOfMonth(1).minusMonths(1)); // dropped
        }
    }
}
