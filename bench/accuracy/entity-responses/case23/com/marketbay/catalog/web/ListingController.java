package com.marketbay.catalog.web;

import com.marketbay.catalog.listing.Listing;
import com.marketbay.catalog.listing.ListingRepository;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.math.BigDecimal;

@RestController
@RequestMapping("/listings")
public class ListingController {

    public record ListingCard(long id, String title, BigDecimal price, String thumbnailUrl, String sellerName) {

        static ListingCard of(Listing listing) {
            return new ListingCard(listing.getId(), listing.getTitle(), listing.getPrice(),
                    listing.getThumbnailUrl(), listing.getSellerName());
        }
    }

    private final ListingRepository listings;

    public ListingController(ListingRepository listings) {
        this.listings = listings;
    }

    @GetMapping
    public Page<ListingCard> browse(@RequestParam(defaultValue = "0") int page,
                                    @RequestParam(defaultValue = "24") int size,
                                    @RequestParam(required = false) String category) {
        var request = PageRequest.of(page, Math.min(size, 100), Sort.by("publishedAt").descending());
        Page<Listing> result = category == null
                ? listings.findByActiveTrue(request)
                : listings.findByActiveTrueAndCategory(category, request);
        return result.map(ListingCard::of);
    }
}
