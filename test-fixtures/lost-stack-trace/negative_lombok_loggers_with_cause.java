// Services with Lombok-generated loggers (@Slf4j, @Log4j2, @Log) that pass the caught exception to the logger; uses Lombok, not on the javac classpath.
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.logging.Level;
import lombok.extern.java.Log;
import lombok.extern.log4j.Log4j2;
import lombok.extern.slf4j.Slf4j;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

@Slf4j
@Service
class TrialExpiryService {

    private final JdbcTemplate jdbc;

    TrialExpiryService(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public int expireTrials() {
        try {
            return jdbc.update("UPDATE account SET plan = 'FREE' WHERE trial_ends < now()");
        } catch (DataAccessException e) {
            log.error("Trial expiry run failed: {}", e.getMessage(), e);
            return 0;
        }
    }
}

@Log4j2
@Service
class SessionTimeoutParser {

    public Duration parse(String raw) {
        try {
            return Duration.parse(raw);
        } catch (DateTimeParseException e) {
            log.warn("Invalid session timeout {}, using 30 minutes", raw, e);
            return Duration.ofMinutes(30);
        }
    }
}

@Log
class ThumbnailCleaner {

    void clean(Path dir) {
        try (var files = Files.list(dir)) {
            files.filter(p -> p.toString().endsWith(".tmp")).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            log.log(Level.WARNING, "Cleaning thumbnails in " + dir + " failed", e);
        }
    }
}
