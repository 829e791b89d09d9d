package io.stayfinder.bookings.api;

import io.stayfinder.bookings.model.Reservation;

import java.time.LocalDate;

public record ReservationView(String code, String hotelName, LocalDate checkIn, LocalDate checkOut, boolean cancelled) {

    static ReservationView of(Reservation r) {
        return new ReservationView(r.getCode(), r.getHotelName(), r.getCheckIn(), r.getCheckOut(), r.isCancelled());
    }
}
