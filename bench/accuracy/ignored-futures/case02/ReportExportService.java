// Report exports: a ticket is handed back at once and the file is written on the export pool;
// old export files are purged on the same pool.
package ignoredfutures.case02;

import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import jakarta.annotation.PreDestroy;
import org.springframework.stereotype.Service;

@Service
public class ReportExportService {

    private final ExecutorService exportPool = Executors.newFixedThreadPool(3);
    private final ExportFileWriter writer;

    public ReportExportService(ExportFileWriter writer) {
        this.writer = writer;
    }

    public ExportTicket requestExport(ExportFileWriter.ExportRequest request) {
        var ticket = new ExportTicket(UUID.randomUUID().toString(), request.format());
        exportPool.submit(() -> writer.write(ticket.id(), request)); // dropped
        return ticket;
    }

    public void purgeOlderThan(Duration age) {
        exportPool.execute(() -> writer.deleteOlderThan(age));
    }

    @PreDestroy
    void stop() {
        exportPool.shutdown();
    }

    public record ExportTicket(String id, String format) {
    }
}
