package com.gearbox.shop.reviews;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

@RestController
@RequestMapping("/products/{productId}/reviews")
public class ReviewController {

    private final ReviewService reviewService;

    public ReviewController(ReviewService reviewService) {
        this.reviewService = reviewService;
    }

    @GetMapping(produces = MediaType.APPLICATION_NDJSON_VALUE)
    public Flux<Review> reviews(@PathVariable long productId) {
        return reviewService.forProduct(productId);
    }

    @PostMapping
    public Mono<Review> submit(@PathVariable long productId, @RequestBody Mono<ReviewService.NewReview> body) {
        return body.flatMap(review -> reviewService.submit(productId, review));
    }
}
