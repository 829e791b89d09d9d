package com.orbit.travel.bookings;

import java.time.temporal.ChronoUnit;
import org.springframework.stereotype.Component;

@Component
public class BookingMapper {

    /** JSON view of a booking; ids are strings so that JavaScript clients keep all digits. */
    public record BookingDto(String id, String guest, String checkIn, String checkOut, long nights) {
    }

    public BookingDto toDto(Booking booking) {
        return new BookingDto(
                String.valueOf(booking.getId()),
                booking.getGuestName(),
                booking.getCheckIn().toString(),
                booking.getCheckOut().toString(),
                ChronoUnit.DAYS.between(booking.getCheckIn(), booking.getCheckOut()));
    }

    public Long parseId(String id) {
        return Long.valueOf(id);
    }
}
