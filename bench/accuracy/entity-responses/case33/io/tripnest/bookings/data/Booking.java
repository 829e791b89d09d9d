package io.tripnest.bookings.data;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;

import java.time.LocalDate;

@Entity
public class Booking {

    @Id
    @GeneratedValue
    private Long id;

    private String confirmationCode;

    private String propertyCode;

    private String guestFirstName;

    private String guestLastName;

    private String guestPhone;

    private LocalDate checkIn;

    private LocalDate checkOut;

    private boolean cancelled;

    public Long getId() {
        return id;
    }

    public String getConfirmationCode() {
        return confirmationCode;
    }

    public String getPropertyCode() {
        return propertyCode;
    }

    public String getGuestFirstName() {
        return guestFirstName;
    }

    public String getGuestLastName() {
        return guestLastName;
    }

    public String getGuestPhone() {
        return guestPhone;
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
