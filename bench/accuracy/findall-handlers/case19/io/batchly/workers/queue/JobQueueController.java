package io.batchly.workers.queue;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/queue")
public class JobQueueController {

    private final JobRepository jobRepository;

    public JobQueueController(JobRepository jobRepository) {
        this.jobRepository = jobRepository;
    }

    public record QueueSummary(long total, long queued, long failed) {
    }

    @GetMapping("/summary")
    public QueueSummary summary() {
        long total = jobRepository.count();
        long queued = jobRepository.countByState(Job.State.QUEUED);
        long failed = jobRepository.countByState(Job.State.FAILED);
        return new QueueSummary(total, queued, failed);
    }
}
