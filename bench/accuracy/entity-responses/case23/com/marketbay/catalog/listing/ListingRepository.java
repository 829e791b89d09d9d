package com.marketbay.catalog.listing;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ListingRepository extends JpaRepository<Listing, Long> {

    Page<Listing> findByActiveTrue(Pageable pageable);

    Page<Listing> findByActiveTrueAndCategory(String category, Pageable pageable);
}
