package com.datadock.exports;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

@Component
public class ExportRetryScheduler {

    private static final Logger log = LoggerFactory.getLogger(ExportRetryScheduler.class);

    private final EntityManager em;
    private final RetryPolicy policy;
    private final ExportRunner runner;

    public ExportRetryScheduler(EntityManager em, RetryPolicy policy, ExportRunner runner) {
        this.em = em;
        this.policy = policy;
        this.runner = runner;
    }

    @Scheduled(fixedDelayString = "${exports.retry.poll:PT30S}")
    @Transactional
    public void retryFailed() {
        List<ExportJob> failed = em.createQuery(
                        "select j from ExportJob j where j.status = 'FAILED' and j.nextAttemptAt <= :now", ExportJob.class)
                .setParameter("now", Instant.now())
                .setMaxResults(20)
                .getResultList();
        for (ExportJob job : failed) {
            if (job.getAttempts() == policy.getMaxAttempts()) {
                log.error("Export {} gave up after {} attempts", job.getId(), job.getAttempts());
                job.setStatus("ABANDONED");
                continue;
            }
            job.setAttempts(job.getAttempts() + 1);
            if (runner.run(job.getId())) {
                job.setStatus("DONE");
            } else {
                job.setNextAttemptAt(Instant.now().plus(policy.backoffFor(job.getAttempts())));
            }
        }
    }

    public interface ExportRunner {
        boolean run(Long exportId);
    }
}
