package io.stayfinder.bookings.api;

import io.stayfinder.bookings.model.Reservation;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import java.util.List;

@Path("/reservations")
@Produces(MediaType.APPLICATION_JSON)
public class ReservationResource {

    @Inject
    EntityManager em;

    @GET
    public List<ReservationView> forGuest(@QueryParam("email") String email) {
        List<Reservation> rows = em
                .createQuery("select r from Reservation r where r.guestEmail = :email order by r.checkIn", Reservation.class)
                .setParameter("email", email)
                .getResultList();
        return rows.stream().map(ReservationView::of).toList();
    }

    @GET
    @Path("/{code}")
    public ReservationView byCode(@PathParam("code") String code) {
        Reservation reservation = em.find(Reservation.class, code);
        if (reservation == null) {
            throw new NotFoundException();
        }
        return ReservationView.of(reservation);
    }

    @DELETE
    @Path("/{code}")
    @Transactional
    public void cancel(@PathParam("code") String code) {
        Reservation reservation = em.find(Reservation.class, code);
        if (reservation != null) {
            reservation.cancel();
        }
    }
}
