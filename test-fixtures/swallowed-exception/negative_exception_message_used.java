// Catch blocks that use the exception text (getMessage(), string concatenation) use the exception; lost-stack-trace reports those, not this rule.
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

@Component
class TimesheetValidator {

    private static final Logger log = LoggerFactory.getLogger(TimesheetValidator.class);

    List<String> validate(List<String[]> rows) {
        List<String> errors = new ArrayList<>();
        for (int n = 0; n < rows.size(); n++) {
            String[] row = rows.get(n);
            try {
                LocalDate.parse(row[0]);
            } catch (DateTimeParseException e) {
                errors.add("line " + (n + 1) + ": " + e.getMessage());
            }
            try {
                Double.parseDouble(row[1]);
            } catch (NumberFormatException e) {
                log.warn("Bad hours on line {}: {}", n + 1, e.getMessage());
            }
            try {
                checkProject(row[2]);
            } catch (IllegalArgumentException e) {
                log.warn("Rejected timesheet row: " + e);
            }
        }
        return errors;
    }

    private void checkProject(String code) {
        if (!code.matches("[A-Z]{3}-\\d{3}")) {
            throw new IllegalArgumentException("Unknown project code " + code);
        }
    }
}
