package com.basketly.storefront.promotions;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;

@Entity
public class Promotion {

    @Id
    @GeneratedValue
    private Long id;

    private String headline;

    private String imageUrl;

    private String targetUrl;

    private LocalDate startsOn;

    private LocalDate endsOn;

    protected Promotion() {
    }

    public boolean isRunningOn(LocalDate day) {
        return !day.isBefore(startsOn) && (endsOn == null || !day.isAfter(endsOn));
    }

    public String getHeadline() {
        return headline;
    }

    public String getImageUrl() {
        return imageUrl;
    }

    public String getTargetUrl() {
        return targetUrl;
    }
}
