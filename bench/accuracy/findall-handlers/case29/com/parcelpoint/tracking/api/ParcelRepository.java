package com.parcelpoint.tracking.api;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ParcelRepository extends JpaRepository<Parcel, Long> {

    Parcel findByTrackingNumber(String trackingNumber);
}
