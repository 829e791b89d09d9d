package com.hotelcore.staff.domain;

import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;

@Entity
public class StaffMember {

    @Id
    @GeneratedValue
    private Long id;

    private long propertyId;

    private String fullName;

    private String role;

    private String shiftPattern;

    private String badgeNumber;

    @JsonIgnore
    private String password;

    private String passwordSalt;

    public Long getId() {
        return id;
    }

    public long getPropertyId() {
        return propertyId;
    }

    public String getFullName() {
        return fullName;
    }

    public void setFullName(String fullName) {
        this.fullName = fullName;
    }

    public String getRole() {
        return role;
    }

    public void setRole(String role) {
        this.role = role;
    }

    public String getShiftPattern() {
        return shiftPattern;
    }

    public void setShiftPattern(String shiftPattern) {
        this.shiftPattern = shiftPattern;
    }

    public String getBadgeNumber() {
        return badgeNumber;
    }

    public String getPassword() {
        return password;
    }

    public String getPasswordSalt() {
        return passwordSalt;
    }
}
