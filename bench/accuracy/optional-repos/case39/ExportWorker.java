package opt.case39;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

@Component
public class ExportWorker {

    private static final Logger log = LoggerFactory.getLogger(ExportWorker.class);

    private final ExportJobRepository jobs;

    public ExportWorker(ExportJobRepository jobs) {
        this.jobs = jobs;
    }

    @Scheduled(fixedDelay = 10_000)
    @Transactional
    public void pickNext() {
        if (jobs.countByStatus(ExportJob.Status.RUNNING) > 2) {
            return;
        }
        ExportJob job = jobs.findFirstByStatusOrderByCreatedAtAsc(ExportJob.Status.PENDING).get(); // get
        job.setStatus(ExportJob.Status.RUNNING);
        log.info("Starting {} export {}", job.getFormat(), job.getId());
    }
}
