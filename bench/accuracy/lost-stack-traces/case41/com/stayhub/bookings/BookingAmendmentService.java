package com.stayhub.bookings;

import java.time.LocalDate;
import java.util.concurrent.atomic.LongAdder;

import jakarta.persistence.EntityNotFoundException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class BookingAmendmentService {

    private static final Logger log = LoggerFactory.getLogger(BookingAmendmentService.class);

    private final BookingRepository bookings;
    private final LongAdder concurrentUpdates = new LongAdder();

    public BookingAmendmentService(BookingRepository bookings) {
        this.bookings = bookings;
    }

    @Transactional
    public Booking changeDates(long bookingId, LocalDate checkIn, LocalDate checkOut) {
        Booking booking = bookings.findById(bookingId)
                .orElseThrow(() -> new EntityNotFoundException("Booking " + bookingId + " not found"));
        booking.reschedule(checkIn, checkOut);
        try {
            return bookings.saveAndFlush(booking);
        } catch (OptimisticLockingFailureException e) {
            concurrentUpdates.increment();
            log.info("Booking {} was changed concurrently (version {}), caller should retry", bookingId, booking.getVersion());
            throw e;
        }
    }

    public long concurrentUpdates() {
        return concurrentUpdates.sum();
    }
}
