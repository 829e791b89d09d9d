package com.shopfront.orders.web;

import com.shopfront.orders.domain.PurchaseOrder;
import jakarta.persistence.EntityManager;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import java.time.Duration;
import java.util.UUID;

@RestController
@RequestMapping("/shop/orders")
public class PurchaseOrderController {

    private final EntityManager entityManager;

    public PurchaseOrderController(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @GetMapping("/{orderId}")
    public Mono<ResponseEntity<PurchaseOrder>> findOrder(@PathVariable UUID orderId) {
        return Mono.fromCallable(() -> entityManager.find(PurchaseOrder.class, orderId))
                .subscribeOn(Schedulers.boundedElastic())
                .timeout(Duration.ofSeconds(3))
                .map(ResponseEntity::ok)
                .defaultIfEmpty(ResponseEntity.notFound().build());
    }
}
