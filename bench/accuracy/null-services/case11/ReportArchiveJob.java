package nulls.case11;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Moves generated CSV exports older than the retention period into the archive folder.
 */
@Component
public class ReportArchiveJob {

    private static final Logger log = LoggerFactory.getLogger(ReportArchiveJob.class);

    private final File exportDir;
    private final Path archiveDir;
    private final Duration retention;

    public ReportArchiveJob(@Value("${reports.export-dir}") String exportDir,
                            @Value("${reports.archive-dir}") String archiveDir,
                            @Value("${reports.retention:P7D}") Duration retention) {
        this.exportDir = new File(exportDir);
        this.archiveDir = Path.of(archiveDir);
        this.retention = retention;
    }

    @Scheduled(cron = "0 30 2 * * *")
    public void archiveOldReports() {
        Instant cutoff = Instant.now().minus(retention);
        int moved = 0;
        for (File report : exportDir.listFiles()) { // deref
            if (!report.isFile() || Instant.ofEpochMilli(report.lastModified()).isAfter(cutoff)) {
                continue;
            }
            try {
                Files.move(report.toPath(), archiveDir.resolve(report.getName()),
                        StandardCopyOption.REPLACE_EXISTING);
                moved++;
            } catch (IOException e) {
                log.warn("could not archive {}", report, e);
            }
        }
        log.info("archived {} reports older than {}", moved, cutoff);
    }
}
