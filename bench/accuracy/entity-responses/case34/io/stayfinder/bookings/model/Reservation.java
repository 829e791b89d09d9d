package io.stayfinder.bookings.model;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

import java.time.LocalDate;

@Entity
public class Reservation {

    @Id
    private String code;

    private String hotelName;

    private String guestEmail;

    private String paymentCardToken;

    private LocalDate checkIn;

    private LocalDate checkOut;

    private boolean cancelled;

    public void cancel() {
        cancelled = true;
    }

    public String getCode() {
        return code;
    }

    public String getHotelName() {
        return hotelName;
    }

    public String getGuestEmail() {
        return guestEmail;
    }

    public String getPaymentCardToken() {
        return paymentCardToken;
    }

    public LocalDate getCheckIn() {
        return checkIn;
    }

    public LocalDate getCheckOut() {
        return checkOut;
    }

    public boolean isCancelled() {
        return cancelled;
    }
}
