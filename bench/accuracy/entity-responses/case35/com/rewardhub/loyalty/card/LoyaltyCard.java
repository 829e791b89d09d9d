package com.rewardhub.loyalty.card;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;

@Entity
public class LoyaltyCard {

    @Id
    @GeneratedValue
    private Long id;

    @Column(unique = true, nullable = false)
    private String cardNumber;

    private String holderEmail;

    private String tier = "BRONZE";

    private long points;

    private String pinHash;

    public void addPoints(long earned) {
        if (earned <= 0) {
            throw new IllegalArgumentException("points must be positive");
        }
        points += earned;
        tier = points >= 50_000 ? "GOLD" : points >= 10_000 ? "SILVER" : "BRONZE";
    }

    public Long getId() {
        return id;
    }

    public String getCardNumber() {
        return cardNumber;
    }

    public String getHolderEmail() {
        return holderEmail;
    }

    public String getTier() {
        return tier;
    }

    public long getPoints() {
        return points;
    }

    public String getPinHash() {
        return pinHash;
    }
}
