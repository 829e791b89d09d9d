package com.datadock.exports;

import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

@Component
public class RetryPolicy {

    @Value("${exports.retry.max-attempts:5}")
    private Integer maxAttempts;

    @Value("${exports.retry.backoff:PT2M}")
    private Duration backoff;

    public Integer getMaxAttempts() {
        return maxAttempts;
    }

    public Duration backoffFor(int attempt) {
        return backoff.multipliedBy(1L << Math.min(attempt, 6));
    }
}
