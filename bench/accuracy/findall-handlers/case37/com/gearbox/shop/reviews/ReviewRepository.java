package com.gearbox.shop.reviews;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.r2dbc.repository.R2dbcRepository;
import org.springframework.data.relational.core.mapping.Table;

import reactor.core.publisher.Flux;

public interface ReviewRepository extends R2dbcRepository<Review, Long> {

    Flux<Review> findByProductIdAndHiddenFalse(long productId);
}

@Table("product_review")
record Review(@Id Long id, long productId, String author, int stars, String text, boolean hidden, Instant createdAt) {
}
