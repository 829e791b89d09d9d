package com.tripnest.bookings;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityNotFoundException;
import jakarta.persistence.PersistenceContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class BookingCancellationService {

    private static final Logger log = LoggerFactory.getLogger(BookingCancellationService.class);

    @PersistenceContext
    private EntityManager em;

    @Transactional
    public Booking cancel(long bookingId, String guestEmail) {
        Booking booking = em.find(Booking.class, bookingId);
        if (booking == null) {
            throw new EntityNotFoundException("Booking " + bookingId + " not found");
        }
        Guest guest = em.createQuery("select g from Guest g where g.email = :email", Guest.class)
                .setParameter("email", guestEmail)
                .getSingleResult();

        if (booking.getGuestId() != guest.getId()) {
            log.warn("Guest {} tried to cancel booking {} of another guest", guest.getId(), bookingId);
            throw new IllegalStateException("Booking " + bookingId + " does not belong to the caller");
        }
        booking.setState("CANCELLED");
        return booking;
    }
}
