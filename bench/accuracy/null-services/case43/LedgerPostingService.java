package nulls.case43;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.annotation.PostConstruct;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * Serialises postings per ledger so that running totals stay consistent.
 */
@Service
public class LedgerPostingService {

    public record Posting(String account, BigDecimal amount, String reference) {
    }

    private final Map<String, Object> ledgerLocks = new ConcurrentHashMap<>();
    private final List<String> ledgerCodes;
    private final JdbcTemplate jdbcTemplate;

    public LedgerPostingService(@Value("${ledger.codes}") List<String> ledgerCodes, JdbcTemplate jdbcTemplate) {
        this.ledgerCodes = ledgerCodes;
        this.jdbcTemplate = jdbcTemplate;
    }

    @PostConstruct
    void createLocks() {
        for (String code : ledgerCodes) {
            ledgerLocks.put(code, new Object());
        }
    }

    public void post(String ledgerCode, Posting posting) {
        synchronized (ledgerLocks.get(ledgerCode)) { // deref
            jdbcTemplate.update(
                    "INSERT INTO ledger_postings (ledger, account, amount, reference) VALUES (?, ?, ?, ?)",
                    ledgerCode, posting.account(), posting.amount(), posting.reference());
            jdbcTemplate.update(
                    "UPDATE ledger_totals SET total = total + ? WHERE ledger = ?",
                    posting.amount(), ledgerCode);
        }
    }
}
