package com.shipwise.logistics.shipments;

import java.util.Map;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.springframework.stereotype.Component;

@Component
@Path("/shipments")
@Produces(MediaType.APPLICATION_JSON)
public class ShipmentResource {

    private final ShipmentRepository shipmentRepository;

    public ShipmentResource(ShipmentRepository shipmentRepository) {
        this.shipmentRepository = shipmentRepository;
    }

    @GET
    @Path("/{trackingCode}")
    public Response shipment(@PathParam("trackingCode") String trackingCode) {
        return shipmentRepository.findByTrackingCode(trackingCode)
                .map(s -> Response.ok(s).build())
                .orElseGet(() -> Response.status(Response.Status.NOT_FOUND).build());
    }

    @GET
    @Path("/stats")
    public Map<String, Long> stats() {
        return Map.of(
                "total", shipmentRepository.count(),
                "inTransit", shipmentRepository.countByStatus(Shipment.Status.IN_TRANSIT));
    }
}
