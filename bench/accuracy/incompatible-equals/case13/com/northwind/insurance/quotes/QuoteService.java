package com.northwind.insurance.quotes;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.stereotype.Service;

@Service
public class QuoteService {

    private final Map<Long, Quote> quotesById = new ConcurrentHashMap<>();
    private final AtomicLong sequence = new AtomicLong(1000);
    private final Clock clock;

    public QuoteService(Clock clock) {
        this.clock = clock;
    }

    public Quote store(Quote draft) {
        Quote quote = new Quote(sequence.incrementAndGet(), draft.productCode(),
                draft.annualPremium(), draft.validUntil());
        quotesById.put(quote.id(), quote);
        return quote;
    }

    public Optional<Quote> findValid(String quoteId) {
        Quote quote = quotesById.get(quoteId);
        if (quote == null || quote.isExpired(clock.instant())) {
            return Optional.empty();
        }
        return Optional.of(quote);
    }
}
