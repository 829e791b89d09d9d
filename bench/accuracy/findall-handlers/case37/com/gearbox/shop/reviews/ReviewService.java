package com.gearbox.shop.reviews;

import java.time.Instant;

import org.springframework.stereotype.Service;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

@Service
public class ReviewService {

    public record NewReview(String author, int stars, String text) {
    }

    private final ReviewRepository reviewRepository;

    public ReviewService(ReviewRepository reviewRepository) {
        this.reviewRepository = reviewRepository;
    }

    public Flux<Review> forProduct(long productId) {
        return reviewRepository.findByProductIdAndHiddenFalse(productId);
    }

    public Mono<Review> submit(long productId, NewReview review) {
        int stars = Math.max(1, Math.min(5, review.stars()));
        return reviewRepository.save(new Review(null, productId, review.author(), stars, review.text(), false, Instant.now()));
    }
}
