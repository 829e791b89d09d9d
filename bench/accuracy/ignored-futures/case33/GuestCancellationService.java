// When a guest closes their account, their future bookings are cancelled and the rooms
// released; past stays are kept for invoicing.
package ignoredfutures.case33;

import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class GuestCancellationService {

    private final BookingRepository bookings;

    public GuestCancellationService(BookingRepository bookings) {
        this.bookings = bookings;
    }

    @Transactional
    public int closeAccount(long guestId) {
        LocalDate today = LocalDate.now();
        List<Booking> future = bookings.findFutureBookings(guestId, today);
        future.forEach(Booking::cancel);
        bookings.saveAll(future);
        bookings.releaseFutureRoomHolds(guestId, today);
        return future.size();
    }
}
