package com.teamdesk.platform.flags;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

@Component
public class FeatureFlagRefresher {

    private static final Logger log = LoggerFactory.getLogger(FeatureFlagRefresher.class);

    private final FlagSource source;
    private final ApplicationEventPublisher events;
    private volatile ArrayList<String> snapshot = new ArrayList<>();

    public FeatureFlagRefresher(FlagSource source, ApplicationEventPublisher events) {
        this.source = source;
        this.events = events;
    }

    @Scheduled(fixedDelayString = "${flags.refresh-interval:30000}")
    public void refresh() {
        List<String> current = source.enabledFlags();
        if (!current.equals(snapshot)) {
            log.info("Feature flags changed: {} -> {}", snapshot, current);
            snapshot = new ArrayList<>(current);
            events.publishEvent(new FlagsChangedEvent(List.copyOf(current)));
        }
    }

    public List<String> enabled() {
        return Collections.unmodifiableList(snapshot);
    }

    public record FlagsChangedEvent(List<String> enabled) {
    }
}
