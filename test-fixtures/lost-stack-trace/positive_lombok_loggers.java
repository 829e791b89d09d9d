// Services with Lombok-generated loggers (@Slf4j, @Log4j2, @Log) that log only the exception message; uses Lombok, not on the javac classpath.
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import lombok.extern.java.Log;
import lombok.extern.log4j.Log4j2;
import lombok.extern.slf4j.Slf4j;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

@Slf4j
@Service
class SubscriptionRenewalService {

    private final JdbcTemplate jdbc;

    SubscriptionRenewalService(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public int renewExpiring(LocalDate day) {
        try {
            return jdbc.update("UPDATE subscription SET renewed_at = now() WHERE expires_on = ?", day);
        } catch (DataAccessException e) {
            log.error("Renewal batch for {} failed: {}", day, e.getMessage()); // expect: lost-stack-trace "`e.getMessage()`"
            return 0;
        }
    }
}

@Log4j2
@Service
class BillingPeriodParser {

    public LocalDate parse(String raw) {
        try {
            return LocalDate.parse(raw);
        } catch (DateTimeParseException e) {
            log.warn("Unparseable billing period '{}': {}", raw, e.toString()); // expect: lost-stack-trace "`e.toString()`"
            return LocalDate.now().withDayOfMonth(1);
        }
    }
}

@Log
class InvoiceNumberFormatter {

    String format(String pattern, long number) {
        try {
            return String.format(pattern, number);
        } catch (IllegalArgumentException e) {
            log.warning("Bad invoice number pattern " + pattern + ": " + e.getMessage()); // expect: lost-stack-trace "`e.getMessage()`"
            return Long.toString(number);
        }
    }
}
