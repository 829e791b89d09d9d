package com.gigstack.events.venues;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;

@Component
@Path("/venues")
public class VenueResource {

    private static final Sort BY_CITY_THEN_NAME = Sort.by(Sort.Direction.ASC, "city", "name");

    private final VenueRepository venueRepository;

    public VenueResource(VenueRepository venueRepository) {
        this.venueRepository = venueRepository;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Iterable<Venue> venues() {
        return venueRepository.findAll(BY_CITY_THEN_NAME);
    }
}
