package com.streamcart.outbox;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

@Component
public class OutboxRelay {

    public record OutboxMessage(Long eventId, String topic, String payload) {
    }

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);

    private final OutboxEventRepository repository;
    private final ApplicationEventPublisher publisher;
    private final Clock clock;

    public OutboxRelay(OutboxEventRepository repository, ApplicationEventPublisher publisher, Clock clock) {
        this.repository = repository;
        this.publisher = publisher;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${outbox.relay.delay-ms:2000}")
    @Transactional
    public void relay() {
        List<OutboxEvent> pending = repository.findTop100ByPublishedAtIsNullOrderByIdAsc();
        if (pending.isEmpty()) {
            return;
        }
        Instant now = Instant.now(clock);
        int i = 0;
        while (i < pending.size() - 1) {
            OutboxEvent event = pending.get(i);
            publisher.publishEvent(new OutboxMessage(event.getId(), event.getTopic(), event.getPayload()));
            event.markPublished(now);
            i++;
        }
        repository.saveAll(pending);
        log.debug("Relayed outbox batch of {} events", pending.size());
    }
}
