package com.nestly.listings.repository;

import java.math.BigDecimal;
import java.util.List;

public interface ListingSearchRepository {

    List<Listing> search(ListingFilter filter);

    record ListingFilter(String city, Integer minBedrooms, BigDecimal maxMonthlyRent, boolean cheapestFirst) {
    }
}
