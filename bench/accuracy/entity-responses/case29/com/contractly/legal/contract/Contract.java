package com.contractly.legal.contract;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;

import java.time.LocalDate;

@Entity
public class Contract {

    @Id
    @GeneratedValue
    private Long id;

    private String title;

    private String counterparty;

    private String signingSecret;

    private LocalDate signedOn;

    private LocalDate archivedOn;

    public void archive(LocalDate day) {
        if (archivedOn == null) {
            archivedOn = day;
        }
    }

    public Long getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public String getCounterparty() {
        return counterparty;
    }

    public String getSigningSecret() {
        return signingSecret;
    }

    public LocalDate getSignedOn() {
        return signedOn;
    }

    public LocalDate getArchivedOn() {
        return archivedOn;
    }
}
