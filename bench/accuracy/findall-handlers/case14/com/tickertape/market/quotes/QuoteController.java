package com.tickertape.market.quotes;

import java.math.BigDecimal;
import java.time.Instant;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import reactor.core.publisher.Flux;

@RestController
public class QuoteController {

    private final PriceTickRepository priceTickRepository;

    public QuoteController(PriceTickRepository priceTickRepository) {
        this.priceTickRepository = priceTickRepository;
    }

    public record QuoteView(String symbol, BigDecimal bid, BigDecimal ask, Instant at) {
        static QuoteView of(PriceTick tick) {
            return new QuoteView(tick.symbol(), tick.bid(), tick.ask(), tick.observedAt());
        }
    }

    @GetMapping(path = "/instruments/{symbol}/quotes", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    public Flux<QuoteView> quotes(@PathVariable String symbol) {
        String ticker = symbol.toUpperCase();
        return priceTickRepository.findBySymbolOrderByObservedAtAsc(ticker)
                .map(QuoteView::of);
    }
}
