package com.warehousely.batch;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

public abstract class AbstractBatchJob {

    protected final Logger log = LoggerFactory.getLogger(getClass());

    private final String name;

    protected AbstractBatchJob(String name) {
        this.name = name;
    }

    public final int run() {
        String batchId = name + "-" + UUID.randomUUID().toString().substring(0, 8);
        Instant start = Instant.now();
        log.info("Starting batch {}", batchId);
        int result = execute(batchId);
        log.info("Batch {} finished in {} ms with result {}", batchId,
                Duration.between(start, Instant.now()).toMillis(), result);
        return result;
    }

    protected abstract int execute(String batchId);

    public String name() {
        return name;
    }
}
