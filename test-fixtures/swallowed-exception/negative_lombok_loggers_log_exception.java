// Uses Lombok (not on the javac classpath, left out of the javac run): @Slf4j, @Log4j2 and @Log classes whose catches log the exception through the generated field.
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.Level;
import lombok.extern.java.Log;
import lombok.extern.log4j.Log4j2;
import lombok.extern.slf4j.Slf4j;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

@Slf4j
@Service
class GiftCardRedemptionService {

    private final JdbcTemplate jdbcTemplate;

    GiftCardRedemptionService(JdbcTemplate jdbcTemplate) {
        this.jdbcTemplate = jdbcTemplate;
    }

    void redeem(String code, long customerId) {
        try {
            jdbcTemplate.update("UPDATE gift_card SET redeemed_by = ? WHERE code = ?", customerId, code);
        } catch (DataAccessException e) {
            log.error("Gift card {} could not be redeemed", code, e);
        }
    }
}

@Log4j2
@Service
class GiftCardExpiryJob {

    private final JdbcTemplate jdbcTemplate;

    GiftCardExpiryJob(JdbcTemplate jdbcTemplate) {
        this.jdbcTemplate = jdbcTemplate;
    }

    void expire() {
        try {
            jdbcTemplate.update("UPDATE gift_card SET status = 'EXPIRED' WHERE valid_until < now()");
        } catch (DataAccessException e) {
            log.warn("Expiry run failed", e);
        }
    }
}

@Log
class GiftCardTemplateLoader {

    String load(Path template) {
        try {
            return Files.readString(template);
        } catch (IOException e) {
            log.log(Level.SEVERE, "Cannot load gift card template " + template, e);
            return "";
        }
    }
}
