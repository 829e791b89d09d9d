package com.stagepass.venues;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

@Component
public class VenueProperties {

    @Value("${venues.max-seats-per-order:10}")
    private int maxSeatsPerOrder;

    public int getMaxSeatsPerOrder() {
        return maxSeatsPerOrder;
    }
}
