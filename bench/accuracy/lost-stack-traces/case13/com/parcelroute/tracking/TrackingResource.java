package com.parcelroute.tracking;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

@Path("/tracking")
public class TrackingResource {

    private final CarrierApi carrier;

    public TrackingResource(CarrierApi carrier) {
        this.carrier = carrier;
    }

    @GET
    @Path("/{trackingNumber}")
    @Produces(MediaType.APPLICATION_JSON)
    public TrackingView track(@PathParam("trackingNumber") String trackingNumber) {
        String normalized = trackingNumber.replace(" ", "").toUpperCase();
        try {
            return carrier.lookup(normalized)
                    .map(TrackingView::from)
                    .orElseThrow(() -> new NotFoundException("Unknown tracking number " + normalized));
        } catch (CarrierApi.CarrierUnavailableException e) {
            throw new WebApplicationException("Carrier API unavailable", e, Response.Status.BAD_GATEWAY);
        }
    }
}
