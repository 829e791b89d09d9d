package org.shelfwise.library;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;

@Entity
public class Member {

    @Id
    @GeneratedValue
    private Long id;

    private String cardNumber;
    private String displayName;
    private int activeLoans;

    protected Member() {
    }

    public Long getId() {
        return id;
    }

    public String getCardNumber() {
        return cardNumber;
    }

    public String getDisplayName() {
        return displayName;
    }

    public int getActiveLoans() {
        return activeLoans;
    }
}
