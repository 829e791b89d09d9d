package com.shelfsync.pricing.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

@Path("/prices")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class PriceUpdateResource {

    @Inject
    PriceCatalog catalog;

    @PUT
    public Response bulkUpdate(List<PriceUpdate> updates) {
        if (updates == null || updates.isEmpty()) {
            return Response.status(Response.Status.BAD_REQUEST).entity(Map.of("error", "no updates")).build();
        }
        List<String> unknown = new ArrayList<>();
        int applied = 0;
        for (int i = 0; i < updates.size() - 1; i++) {
            PriceUpdate update = updates.get(i);
            if (!catalog.exists(update.sku())) {
                unknown.add(update.sku());
                continue;
            }
            catalog.updatePrice(update.sku(), update.price(), update.currency());
            applied++;
        }
        return Response.ok(Map.of("applied", applied, "unknownSkus", unknown)).build();
    }
}
