package com.streamcart.orders.web;

import com.streamcart.orders.domain.CartOrder;
import com.streamcart.orders.domain.CartOrderRepository;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import java.time.Duration;
import java.time.Instant;

@RestController
@RequestMapping("/orders")
public class OrderEventsController {

    public record OrderEvent(long orderId, String status, Instant at) {
    }

    private final CartOrderRepository orders;
    private final TransactionTemplate tx;

    public OrderEventsController(CartOrderRepository orders, TransactionTemplate tx) {
        this.orders = orders;
        this.tx = tx;
    }

    @GetMapping(value = "/{id}/events", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    public Flux<OrderEvent> events(@PathVariable long id) {
        return Flux.interval(Duration.ZERO, Duration.ofSeconds(2))
                .publishOn(Schedulers.boundedElastic())
                .map(tick -> orders.findById(id).orElseThrow())
                .map(order -> new OrderEvent(order.getId(), order.getStatus(), Instant.now()))
                .distinctUntilChanged(OrderEvent::status)
                .take(Duration.ofMinutes(10));
    }

    @PostMapping("/{id}/cancel")
    @ResponseStatus(HttpStatus.ACCEPTED)
    public Mono<Void> cancel(@PathVariable long id) {
        return Mono.fromRunnable(() -> tx.executeWithoutResult(status -> {
                    CartOrder order = orders.findById(id).orElseThrow();
                    order.cancel();
                }))
                .subscribeOn(Schedulers.boundedElastic())
                .then();
    }
}
