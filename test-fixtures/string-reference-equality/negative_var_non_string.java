// A request audit helper whose var locals hold non-String values (ints, chars, enums, builders) compared with ==.
import java.time.DayOfWeek;
import java.time.LocalDate;
import org.springframework.stereotype.Component;

@Component
public class AuditWindowHelper {

    public boolean isWeekendAudit(LocalDate date) {
        var day = date.getDayOfWeek();
        return day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY;
    }

    public boolean isCommentLine(String line) {
        var first = line.charAt(0);
        return first == '#';
    }

    public boolean isShortId(String id) {
        var length = id.length();
        return length == 8;
    }

    public boolean sameBuilder(StringBuilder target) {
        var builder = target.append("audit");
        return builder == target;
    }
}
