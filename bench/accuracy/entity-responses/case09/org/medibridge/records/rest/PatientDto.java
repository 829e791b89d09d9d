package org.medibridge.records.rest;

import org.medibridge.records.model.Patient;

import java.time.LocalDate;

public record PatientDto(long id, String firstName, String lastName, LocalDate dateOfBirth) {

    public static PatientDto from(Patient p) {
        return new PatientDto(p.getId(), p.getFirstName(), p.getLastName(), p.getDateOfBirth());
    }
}
