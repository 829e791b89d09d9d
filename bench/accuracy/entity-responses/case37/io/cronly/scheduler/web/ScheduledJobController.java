package io.cronly.scheduler.web;

import io.cronly.scheduler.job.ScheduledJob;
import io.cronly.scheduler.job.ScheduledJobRepository;
import org.springframework.http.HttpStatus;
import org.springframework.scheduling.support.CronExpression;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import java.util.Map;
import java.util.UUID;

@RestController
@RequestMapping("/jobs")
public class ScheduledJobController {

    private final ScheduledJobRepository jobs;

    public ScheduledJobController(ScheduledJobRepository jobs) {
        this.jobs = jobs;
    }

    @PatchMapping("/{id}")
    @Transactional
    public ScheduledJob patchJob(@PathVariable UUID id, @RequestBody Map<String, Object> changes) {
        ScheduledJob job = jobs.findById(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        for (var entry : changes.entrySet()) {
            switch (entry.getKey()) {
                case "cron" -> {
                    String cron = String.valueOf(entry.getValue());
                    if (!CronExpression.isValidExpression(cron)) {
                        throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Invalid cron: " + cron);
                    }
                    job.setCron(cron);
                }
                case "enabled" -> job.setEnabled(Boolean.parseBoolean(String.valueOf(entry.getValue())));
                case "webhookUrl" -> job.setWebhookUrl(String.valueOf(entry.getValue()));
                default -> throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Unknown field " + entry.getKey());
            }
        }
        return job;
    }
}
