package com.fleetline.vehicles.fleet;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;

@Entity
public class Vehicle {

    @Id
    @GeneratedValue
    private Long id;

    @Column(length = 17, unique = true, nullable = false)
    private String vin;

    private String plate;

    private String make;

    private String modelName;

    private int mileageKm;

    private String telematicsUnitId;

    public void recordMileage(int km) {
        if (km < mileageKm) {
            throw new IllegalArgumentException("Mileage cannot decrease");
        }
        mileageKm = km;
    }

    public Long getId() {
        return id;
    }

    public String getVin() {
        return vin;
    }

    public String getPlate() {
        return plate;
    }

    public String getMake() {
        return make;
    }

    public String getModelName() {
        return modelName;
    }

    public int getMileageKm() {
        return mileageKm;
    }

    public String getTelematicsUnitId() {
        return telematicsUnitId;
    }
}
