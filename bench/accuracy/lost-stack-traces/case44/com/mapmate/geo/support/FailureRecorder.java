package com.mapmate.geo.support;

import java.util.concurrent.atomic.AtomicLong;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Central place for integration failures: logs them and keeps a count for the status page.
 */
@Component
public class FailureRecorder {

    private static final Logger log = LoggerFactory.getLogger(FailureRecorder.class);

    private final AtomicLong failures = new AtomicLong();

    public void record(String message, Throwable error) {
        failures.incrementAndGet();
        log.error(message, error);
    }

    public long count() {
        return failures.get();
    }
}
