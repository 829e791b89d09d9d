// Booking search for the mobile app, with check-in and check-out dates as request parameters.
package staticfields.case22;

import java.util.Date;
import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class BookingSearchController {

    private final AvailabilityService availability;

    public BookingSearchController(AvailabilityService availability) {
        this.availability = availability;
    }

    @GetMapping("/mobile/v1/availability")
    public List<AvailabilityService.Room> search(@RequestParam String city,
            @RequestParam("checkIn") String checkInText,
            @RequestParam("checkOut") String checkOutText) {
        Date checkIn = LegacyDateParams.parse(checkInText);
        Date checkOut = LegacyDateParams.parse(checkOutText);
        if (!checkOut.after(checkIn)) {
            throw new IllegalArgumentException("check-out must be after check-in");
        }
        return availability.freeRooms(city, checkIn, checkOut);
    }

    public interface AvailabilityService {
        List<Room> freeRooms(String city, Date from, Date to);

        record Room(String hotelId, String roomType, long priceCents) {
        }
    }
}
