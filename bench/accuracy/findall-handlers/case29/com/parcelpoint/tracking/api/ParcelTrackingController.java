package com.parcelpoint.tracking.api;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

@RestController
public class ParcelTrackingController {

    private final ParcelRepository parcelRepository;

    public ParcelTrackingController(ParcelRepository parcelRepository) {
        this.parcelRepository = parcelRepository;
    }

    public record TrackingView(String trackingNumber, String status, String lastLocation) {
    }

    @GetMapping("/track/{trackingNumber}")
    public TrackingView track(@PathVariable String trackingNumber) {
        Parcel parcel = parcelRepository.findByTrackingNumber(trackingNumber.toUpperCase());
        if (parcel == null) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "unknown tracking number");
        }
        return new TrackingView(parcel.getTrackingNumber(), parcel.getStatus(), parcel.getLastLocation());
    }
}
