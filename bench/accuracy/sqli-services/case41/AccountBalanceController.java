package eval2.case41;

import java.math.BigDecimal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.EmptyResultDataAccessException;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/ledger/accounts")
public class AccountBalanceController {

    private static final Logger log = LoggerFactory.getLogger(AccountBalanceController.class);

    private final JdbcTemplate jdbcTemplate;

    public AccountBalanceController(JdbcTemplate jdbcTemplate) {
        this.jdbcTemplate = jdbcTemplate;
    }

    @GetMapping("/balance")
    public ResponseEntity<BigDecimal> balance(@RequestParam("account") String accountId,
                                              @RequestParam(value = "currency", defaultValue = "EUR") String currency) {
        try {
            Long.parseLong(accountId);
        } catch (NumberFormatException e) {
            // TODO reject once the mobile app stops sending IBAN-style ids (LEDGER-233)
            log.warn("non-numeric account id '{}'", accountId);
        }

        String sql = "SELECT SUM(CASE WHEN e.side = 'C' THEN e.amount ELSE -e.amount END) FROM ledger_entries e "
                + "WHERE e.account_id = " + accountId + " AND e.currency = ?";
        try {
            BigDecimal balance = jdbcTemplate.queryForObject(sql, BigDecimal.class, currency); // sink
            return ResponseEntity.ok(balance == null ? BigDecimal.ZERO : balance);
        } catch (EmptyResultDataAccessException e) {
            return ResponseEntity.notFound().build();
        }
    }
}
