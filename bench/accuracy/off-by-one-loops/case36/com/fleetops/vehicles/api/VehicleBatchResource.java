package com.fleetops.vehicles.api;

import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.List;

@Path("/vehicles")
@Produces(MediaType.APPLICATION_JSON)
public class VehicleBatchResource {

    private static final int MAX_IDS = 50;

    private final VehicleRepository repository;

    public VehicleBatchResource(VehicleRepository repository) {
        this.repository = repository;
    }

    @GET
    @Path("/batch")
    public List<Vehicle> byIds(@QueryParam("ids") String ids) {
        if (ids == null || ids.isBlank()) {
            throw new BadRequestException("ids is required");
        }
        String[] parts = ids.split(",");
        if (parts.length > MAX_IDS) {
            throw new BadRequestException("at most " + MAX_IDS + " ids per request");
        }
        List<Vehicle> vehicles = new ArrayList<>();
        for (int i = 0; i <= parts.length; i++) {
            long id;
            try {
                id = Long.parseLong(parts[i].trim());
            } catch (NumberFormatException e) {
                throw new BadRequestException("not a vehicle id: " + parts[i], e);
            }
            repository.findById(id).ifPresent(vehicles::add);
        }
        return vehicles;
    }
}
