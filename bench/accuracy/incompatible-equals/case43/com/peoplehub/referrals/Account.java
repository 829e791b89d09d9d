package com.peoplehub.referrals;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.util.Optional;
import java.util.UUID;

@Entity
public class Account {

    @Id
    private UUID id;

    @Column(nullable = false, unique = true)
    private String email;

    @Column(name = "referral_code", unique = true)
    private String referralCode;

    private int referralCredits;

    protected Account() {
    }

    public UUID getId() {
        return id;
    }

    public String getEmail() {
        return email;
    }

    public Optional<String> getReferralCode() {
        return Optional.ofNullable(referralCode);
    }

    public void assignReferralCode(String code) {
        this.referralCode = code;
    }

    public int getReferralCredits() {
        return referralCredits;
    }

    public void addReferralCredit() {
        this.referralCredits++;
    }
}
