// Spring Data repository of bookings.
package ignoredfutures.case33;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface BookingRepository extends JpaRepository<Booking, Long> {

    @Query("SELECT b FROM Booking b WHERE b.guestId = :guestId AND b.arrival >= :today AND b.status = 'CONFIRMED'")
    List<Booking> findFutureBookings(@Param("guestId") long guestId, @Param("today") LocalDate today);

    @Modifying
    @Query(value = "DELETE FROM room_holds WHERE guest_id = :guestId AND hold_date >= :today", nativeQuery = true)
    int releaseFutureRoomHolds(@Param("guestId") long guestId, @Param("today") LocalDate today);
}
