// Values checked before a library call that throws for null parses them: a test, a default, and a validation helper of the class that throws for a missing or blank value.
import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;
import org.apache.commons.lang3.StringUtils;

class CheckedBookingParameters {

    UUID bookingId(HttpServletRequest request) {
        String raw = request.getParameter("booking");
        return raw == null ? null : UUID.fromString(raw);
    }

    LocalDate arrival(HttpServletRequest request) {
        String raw = request.getParameter("arrival");
        return LocalDate.parse(raw != null ? raw : "2024-01-01");
    }

    UUID guest(HttpServletRequest request) {
        String guestId = request.getParameter("guest");
        String roomId = request.getParameter("room");
        validate(guestId, roomId);
        UUID room = UUID.fromString(roomId);
        return UUID.fromString(guestId);
    }

    private void validate(String guestId, String roomId) {
        if (Objects.isNull(guestId)) {
            throw new IllegalArgumentException("missing guest");
        }
        if (StringUtils.isBlank(roomId)) {
            throw new IllegalArgumentException("missing room");
        }
    }
}
