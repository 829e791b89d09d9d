package org.petclinic.clinics.model;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.Id;

@Entity
public class VetClinic {

    @Id
    @GeneratedValue
    private Long id;

    @Column(nullable = false)
    private String name;

    private String district;

    private String telephone;

    private boolean emergencyService;

    private String bookingApiSecret;

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getDistrict() {
        return district;
    }

    public String getTelephone() {
        return telephone;
    }

    public boolean isEmergencyService() {
        return emergencyService;
    }

    public String getBookingApiSecret() {
        return bookingApiSecret;
    }
}
