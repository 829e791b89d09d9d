package com.tickertape.market.quotes;

import org.springframework.data.repository.reactive.ReactiveCrudRepository;

import reactor.core.publisher.Flux;

public interface PriceTickRepository extends ReactiveCrudRepository<PriceTick, Long> {

    Flux<PriceTick> findBySymbolOrderByObservedAtAsc(String symbol);
}
