package org.rowingclub.members.rest;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;

@Entity
public class ClubMember {

    @Id
    @GeneratedValue
    private Long id;

    private String givenName;

    private String surname;

    private LocalDate memberSince;

    protected ClubMember() {
    }

    public String getGivenName() {
        return givenName;
    }

    public String getSurname() {
        return surname;
    }

    public LocalDate getMemberSince() {
        return memberSince;
    }
}
