package com.paystream.merchants.web;

import com.paystream.merchants.domain.Merchant;
import jakarta.persistence.EntityManager;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

@RestController
@RequestMapping("/merchants")
public class MerchantController {

    private final EntityManager entityManager;

    public MerchantController(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @GetMapping("/{merchantId}")
    public Mono<Merchant> merchant(@PathVariable String merchantId) {
        return Mono.fromCallable(() -> entityManager.find(Merchant.class, merchantId))
                .subscribeOn(Schedulers.boundedElastic())
                .switchIfEmpty(Mono.error(new ResponseStatusException(HttpStatus.NOT_FOUND)));
    }

    @GetMapping("/{merchantId}/exists")
    public Mono<Boolean> exists(@PathVariable String merchantId) {
        return Mono.fromCallable(() -> entityManager.find(Merchant.class, merchantId) != null)
                .subscribeOn(Schedulers.boundedElastic());
    }
}
