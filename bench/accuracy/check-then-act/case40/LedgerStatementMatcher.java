// Matches ledger entries to bank statement lines of a day and books the matches.
package checkthenact.case40;

import java.time.LocalDate;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

@Component
public class LedgerStatementMatcher {

    private final JdbcClient jdbc;

    public LedgerStatementMatcher(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public MatchResult match(long merchantId, LocalDate day) {
        var matched = jdbc.sql("""
                UPDATE ledger_entry e SET statement_line_id = s.id
                FROM statement_line s
                WHERE e.merchant_id = :merchant AND s.merchant_id = :merchant
                  AND s.booking_day = :day AND e.statement_line_id IS NULL
                  AND e.amount = s.amount AND e.reference = s.reference
                """)
                .param("merchant", merchantId)
                .param("day", day)
                .update();
        var open = jdbc.sql("SELECT count(*) FROM ledger_entry WHERE merchant_id = ? AND statement_line_id IS NULL")
                .param(merchantId)
                .query(Integer.class)
                .single();
        return new MatchResult(matched, open);
    }

    public record MatchResult(int matched, int unmatched) {
    }
}
