// Matches one day's settlement lines with booked payments and flags the differences.
package ignoredfutures.case35;

import java.time.LocalDate;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

@Component
public class SettlementReconciler {

    private final JdbcClient jdbcClient;

    public SettlementReconciler(JdbcClient jdbcClient) {
        this.jdbcClient = jdbcClient;
    }

    public int reconcile(LocalDate day) {
        jdbcClient.sql("""
                        UPDATE settlement_lines s SET matched_payment_id = p.id
                        FROM payments p
                        WHERE s.settled_on = ? AND s.matched_payment_id IS NULL
                          AND p.provider_reference = s.provider_reference AND p.amount = s.amount""")
                .param(day)
                .update();
        return jdbcClient.sql("""
                        INSERT INTO reconciliation_issues (settlement_line_id, kind)
                        SELECT id, 'UNMATCHED' FROM settlement_lines
                        WHERE settled_on = ? AND matched_payment_id IS NULL""")
                .param(day)
                .update();
    }
}
