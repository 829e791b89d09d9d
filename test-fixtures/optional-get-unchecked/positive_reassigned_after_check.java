// An Optional checked, then reassigned from a new lookup before get(), and a check made for one loop iteration that does not cover the get() after the loop.
import java.util.List;
import java.util.Optional;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

import org.springframework.data.jpa.repository.JpaRepository;

@Entity
class SeatReservation {
    @Id
    Long id;
    String seat;

    String getSeat() {
        return seat;
    }
}

interface SeatReservationRepository extends JpaRepository<SeatReservation, Long> {
}

class SeatSwapService {

    private final SeatReservationRepository reservations;

    SeatSwapService(SeatReservationRepository reservations) {
        this.reservations = reservations;
    }

    String swap(long fromId, long toId) {
        Optional<SeatReservation> reservation = reservations.findById(fromId);
        if (reservation.isEmpty()) {
            throw new IllegalArgumentException("no reservation " + fromId);
        }
        String fromSeat = reservation.get().getSeat();
        reservation = reservations.findById(toId);
        return fromSeat + "->" + reservation.get().getSeat();  // expect: optional-get-unchecked "`reservation."
    }

    String lastSeat(List<Long> ids) {
        Optional<SeatReservation> last = Optional.empty();
        for (Long id : ids) {
            last = reservations.findById(id);
            if (last.isPresent()) {
                break;
            }
        }
        return last.get().getSeat();  // expect: optional-get-unchecked "`last."
    }
}
