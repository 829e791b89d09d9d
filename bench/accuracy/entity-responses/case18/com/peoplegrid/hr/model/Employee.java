package com.peoplegrid.hr.model;

import jakarta.persistence.Entity;

import java.math.BigDecimal;
import java.time.LocalDate;

@Entity
public class Employee extends BaseEntity {

    private String firstName;

    private String lastName;

    private String department;

    private String jobTitle;

    private BigDecimal annualSalary;

    private LocalDate hiredOn;

    private LocalDate terminatedOn;

    public String getFirstName() {
        return firstName;
    }

    public String getLastName() {
        return lastName;
    }

    public String getDepartment() {
        return department;
    }

    public String getJobTitle() {
        return jobTitle;
    }

    public BigDecimal getAnnualSalary() {
        return annualSalary;
    }

    public LocalDate getHiredOn() {
        return hiredOn;
    }

    public LocalDate getTerminatedOn() {
        return terminatedOn;
    }
}
