package com.stayhub.bookings;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

@Entity
public class Booking {

    @Id
    @GeneratedValue
    private Long id;

    private String guestName;
    private LocalDate checkIn;
    private LocalDate checkOut;

    @Version
    private long version;

    protected Booking() {
    }

    public Booking(String guestName, LocalDate checkIn, LocalDate checkOut) {
        this.guestName = guestName;
        reschedule(checkIn, checkOut);
    }

    public void reschedule(LocalDate newCheckIn, LocalDate newCheckOut) {
        if (!newCheckOut.isAfter(newCheckIn)) {
            throw new IllegalArgumentException("check-out must be after check-in");
        }
        this.checkIn = newCheckIn;
        this.checkOut = newCheckOut;
    }

    public Long getId() {
        return id;
    }

    public String getGuestName() {
        return guestName;
    }

    public LocalDate getCheckIn() {
        return checkIn;
    }

    public LocalDate getCheckOut() {
        return checkOut;
    }

    public long getVersion() {
        return version;
    }
}
