package com.fleetops.trips.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import com.fleetops.trips.TripQueryService;
import com.fleetops.trips.TripQueryService.TripSummary;

@RestController
@RequestMapping("/api/vehicles/{vehicleId}/trips")
public class TripReportController {

    private final TripQueryService trips;

    public TripReportController(TripQueryService trips) {
        this.trips = trips;
    }

    @GetMapping
    public List<TripSummary> list(@PathVariable String vehicleId,
            @RequestParam String from,
            @RequestParam String to) {
        LocalDate start;
        LocalDate end;
        try {
            start = LocalDate.parse(from);
            end = LocalDate.parse(to);
        } catch (DateTimeParseException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Dates must be ISO-8601 (yyyy-MM-dd)");
        }
        if (end.isBefore(start)) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "'to' must not be before 'from'");
        }
        return trips.summaries(vehicleId, start, end);
    }
}
