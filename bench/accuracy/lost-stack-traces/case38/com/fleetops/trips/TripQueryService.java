package com.fleetops.trips;

import java.time.LocalDate;
import java.util.List;

public interface TripQueryService {

    List<TripSummary> summaries(String vehicleId, LocalDate from, LocalDate to);

    record TripSummary(long tripId, LocalDate day, double distanceKm, int durationMinutes, String driver) {
    }
}
