package com.forkful.discovery.restaurants;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;

@Entity
public class Restaurant {

    @Id
    @GeneratedValue
    private Long id;

    private String slug;

    private String name;

    private String city;

    private String cuisine;

    private double rating;

    private int priceLevel;

    protected Restaurant() {
    }

    public String getSlug() {
        return slug;
    }

    public String getName() {
        return name;
    }

    public String getCity() {
        return city;
    }

    public String getCuisine() {
        return cuisine;
    }

    public double getRating() {
        return rating;
    }

    public int getPriceLevel() {
        return priceLevel;
    }
}
