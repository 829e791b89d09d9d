package io.tripnest.bookings.rest;

import io.tripnest.bookings.data.Booking;
import io.tripnest.bookings.data.BookingDao;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

@Path("/bookings")
@Produces(MediaType.APPLICATION_JSON)
public class BookingResource {

    private final BookingDao bookingDao;

    @Inject
    public BookingResource(BookingDao bookingDao) {
        this.bookingDao = bookingDao;
    }

    @GET
    public List<Booking> arrivals(@QueryParam("propertyCode") String propertyCode,
                                  @QueryParam("date") String date,
                                  @QueryParam("limit") @DefaultValue("200") int limit) {
        if (propertyCode == null) {
            throw new BadRequestException("propertyCode is required");
        }
        LocalDate day;
        try {
            day = date == null ? LocalDate.now() : LocalDate.parse(date);
        } catch (DateTimeParseException e) {
            throw new BadRequestException("date must be ISO-8601", e);
        }
        return bookingDao.arrivalsOn(propertyCode, day, Math.min(limit, 500));
    }
}
