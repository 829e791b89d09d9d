// A report-period resolver whose multi-catch block holds only a comment; the fragment is the first caught type.
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import org.springframework.stereotype.Component;

record ReportPeriod(LocalDate from, LocalDate to) {
}

@Component
class ReportPeriodResolver {

    ReportPeriod resolve(Map<String, String> params) {
        LocalDate to = LocalDate.now();
        LocalDate from = to.minusDays(30);
        try {
            from = LocalDate.parse(params.getOrDefault("from", ""));
            to = from.plusDays(Long.parseLong(params.getOrDefault("days", "")));
        } catch (DateTimeParseException | NumberFormatException e) { // expect: swallowed-exception "DateTimeParseException"
            // fall back to the last 30 days
        }
        return new ReportPeriod(from, to);
    }
}
