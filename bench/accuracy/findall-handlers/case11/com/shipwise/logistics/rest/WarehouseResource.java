package com.shipwise.logistics.rest;

import java.util.Set;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.springframework.stereotype.Component;

@Component
@Path("/warehouses")
@Produces(MediaType.APPLICATION_JSON)
public class WarehouseResource {

    private final WarehouseRepository warehouseRepository;

    public WarehouseResource(WarehouseRepository warehouseRepository) {
        this.warehouseRepository = warehouseRepository;
    }

    @GET
    public Set<Warehouse> byRegion(@QueryParam("region") String region) {
        String key = region == null ? "EU-CENTRAL" : region.toUpperCase();
        return warehouseRepository.readByRegion(key);
    }

    @GET
    @Path("/{code}")
    public Warehouse byCode(@PathParam("code") String code) {
        return warehouseRepository.findById(code).orElseThrow(NotFoundException::new);
    }
}
