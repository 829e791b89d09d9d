package io.tripnest.bookings.data;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.LocalDate;
import java.util.List;

public class BookingDao {

    @PersistenceContext
    EntityManager em;

    public List<Booking> arrivalsOn(String propertyCode, LocalDate day, int limit) {
        return em.createQuery("""
                        select b from Booking b
                        where b.propertyCode = :property and b.checkIn = :day and b.cancelled = false
                        order by b.guestLastName""", Booking.class)
                .setParameter("property", propertyCode)
                .setParameter("day", day)
                .setMaxResults(limit)
                .getResultList();
    }
}
