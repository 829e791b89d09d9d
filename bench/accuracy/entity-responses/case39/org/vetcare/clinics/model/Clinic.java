package org.vetcare.clinics.model;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;

@Entity
@Table(name = "clinics")
public class Clinic {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String name;

    private String city;

    private boolean emergencyService;

    @Column(name = "pms_api_secret")
    private String pmsApiSecret;

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getCity() {
        return city;
    }

    public boolean isEmergencyService() {
        return emergencyService;
    }

    public String getPmsApiSecret() {
        return pmsApiSecret;
    }
}
