// Catch blocks that log the caught exception with its stack trace (directly or via a helper that logs it) and then throw a new API exception without cause.
import jakarta.ws.rs.BadRequestException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

class ApiException extends RuntimeException {

    private final HttpStatus status;

    ApiException(HttpStatus status, String message) {
        super(message);
        this.status = status;
    }

    HttpStatus status() {
        return status;
    }
}

@RestController
class BookingSearchController {

    private static final Logger log = LogManager.getLogger(BookingSearchController.class);

    private final ErrorReporter errorReporter;

    BookingSearchController(ErrorReporter errorReporter) {
        this.errorReporter = errorReporter;
    }

    @GetMapping("/bookings/search")
    public String search(@RequestParam String from, @RequestParam String to) {
        LocalDate start;
        LocalDate end;
        try {
            start = LocalDate.parse(from);
            end = LocalDate.parse(to);
        } catch (DateTimeParseException e) {
            log.warn("Rejected booking search {}..{}", from, to, e);
            throw new ApiException(HttpStatus.BAD_REQUEST, "Dates must be ISO-8601");
        }
        return start + "/" + end;
    }

    @GetMapping("/bookings/nights")
    public long nights(@RequestParam String from, @RequestParam long count) {
        try {
            return LocalDate.parse(from).plusDays(count).toEpochDay() - LocalDate.parse(from).toEpochDay();
        } catch (DateTimeParseException | ArithmeticException e) {
            log.info("Bad nights request: {}", e.getMessage(), e);
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Invalid stay");
        }
    }

    @GetMapping("/bookings/export")
    public String export(@RequestParam String day) {
        try {
            return Files.readString(Path.of("/srv/exports", day + ".csv"));
        } catch (IOException e) {
            errorReporter.report("booking export " + day, e);
            throw new ApiException(HttpStatus.SERVICE_UNAVAILABLE, "Export for " + day + " is not available");
        }
    }
}

class LegacyBookingImporter {

    private static final Log LOG = LogFactory.getLog(LegacyBookingImporter.class);

    LocalDate arrival(String raw) {
        try {
            return LocalDate.parse(raw);
        } catch (DateTimeParseException e) {
            LOG.warn("Unparseable arrival date " + raw, e);
            throw new BadRequestException("Arrival date " + raw + " is not a date");
        }
    }
}
