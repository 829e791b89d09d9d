// Seat identity, hold record and the error of a seat already held.
package checkthenact.case18;

import java.time.Instant;
import java.util.UUID;

public record SeatRef(long eventId, String section, int row, int number) {
}

record SeatHold(UUID id, String customerId, Instant expiresAt) {
}

class SeatUnavailableException extends RuntimeException {

    SeatUnavailableException(SeatRef seat) {
        super("seat " + seat.section() + "/" + seat.row() + "/" + seat.number() + " is held");
    }
}
