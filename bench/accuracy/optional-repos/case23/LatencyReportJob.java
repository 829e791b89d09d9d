package opt.case23;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

@Component
public class LatencyReportJob {

    private static final Logger log = LoggerFactory.getLogger(LatencyReportJob.class);

    private final ResponseSampleRepository sampleRepository;

    public LatencyReportJob(ResponseSampleRepository sampleRepository) {
        this.sampleRepository = sampleRepository;
    }

    @Scheduled(cron = "0 */5 * * * *")
    public void report() {
        Instant since = Instant.now().minus(Duration.ofMinutes(5));
        List<ResponseSample> samples = sampleRepository.findByRecordedAtAfter(since);
        double mean = samples.stream().mapToLong(ResponseSample::getMillis).average().getAsDouble(); // get
        log.info("Mean latency over the last 5 minutes: {} ms across {} requests", String.format("%.1f", mean), samples.size());
    }
}
