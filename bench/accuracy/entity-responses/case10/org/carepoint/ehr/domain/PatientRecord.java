package org.carepoint.ehr.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.time.LocalDate;

@Entity
@Table(name = "patient_record")
@NamedQuery(name = PatientRecord.FIND_BY_MRN, query = "select r from PatientRecord r where r.mrn = :mrn")
public class PatientRecord {

    public static final String FIND_BY_MRN = "PatientRecord.findByMrn";

    @Id
    @GeneratedValue
    private Long id;

    @Column(nullable = false, unique = true, length = 12)
    private String mrn;

    private String fullName;

    private LocalDate dateOfBirth;

    private String bloodType;

    private String allergies;

    public Long getId() {
        return id;
    }

    public String getMrn() {
        return mrn;
    }

    public String getFullName() {
        return fullName;
    }

    public LocalDate getDateOfBirth() {
        return dateOfBirth;
    }

    public String getBloodType() {
        return bloodType;
    }

    public String getAllergies() {
        return allergies;
    }
}
