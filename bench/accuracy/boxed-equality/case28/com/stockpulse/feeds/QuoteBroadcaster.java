package com.stockpulse.feeds;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

@Component
public class QuoteBroadcaster {

    private static final Logger log = LoggerFactory.getLogger(QuoteBroadcaster.class);

    private final Map<String, Long> sentRevisions = new ConcurrentHashMap<>();
    private final QuoteSink sink;

    public QuoteBroadcaster(QuoteSink sink) {
        this.sink = sink;
    }

    public int broadcastChanged(List<QuoteRecord> quotes) {
        int sent = 0;
        for (QuoteRecord quote : quotes) {
            Long lastSent = sentRevisions.get(quote.symbol());
            if (lastSent != null && lastSent.equals(quote.revision())) {
                log.trace("Quote {} unchanged", quote.symbol());
                continue;
            }
            sink.send("/topic/quotes/" + quote.symbol(), quote);
            sentRevisions.put(quote.symbol(), quote.revision());
            sent++;
        }
        return sent;
    }

    public interface QuoteSink {
        void send(String destination, Object payload);
    }
}
