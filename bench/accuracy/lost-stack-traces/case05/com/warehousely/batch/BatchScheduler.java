package com.warehousely.batch;

import java.util.List;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

@Component
public class BatchScheduler {

    private final List<AbstractBatchJob> jobs;

    public BatchScheduler(List<AbstractBatchJob> jobs) {
        this.jobs = jobs;
    }

    @Scheduled(cron = "0 30 2 * * *")
    public void nightly() {
        jobs.forEach(AbstractBatchJob::run);
    }
}
