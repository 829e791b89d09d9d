// Report exports: at most one export runs per report at a time; later requests for the same
// report are told it is already running, and the status endpoint reads the running map.
package checkthenact.case01;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.Executor;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Service;

@Service
public class ReportExportService {

    private static final Logger log = LoggerFactory.getLogger(ReportExportService.class);

    private final ConcurrentMap<String, CompletableFuture<Path>> running = new ConcurrentHashMap<>();
    private final ReportRenderer renderer;
    private final Executor exportExecutor;

    public ReportExportService(ReportRenderer renderer, @Qualifier("exportExecutor") Executor exportExecutor) {
        this.renderer = renderer;
        this.exportExecutor = exportExecutor;
    }

    public ExportStatus start(String reportId, String requestedBy) {
        var task = new CompletableFuture<Path>();
        var existing = running.putIfAbsent(reportId, task);
        if (existing != null) {
            log.info("export of {} requested by {} is already running", reportId, requestedBy);
            return new ExportStatus(reportId, ExportStatus.State.ALREADY_RUNNING, null);
        }
        exportExecutor.execute(() -> {
            try {
                task.complete(renderer.render(reportId));
            } catch (Exception e) {
                log.warn("export of {} failed", reportId, e);
                task.completeExceptionally(e);
            } finally {
                running.remove(reportId, task);
            }
        });
        return new ExportStatus(reportId, ExportStatus.State.STARTED, null);
    }

    public ExportStatus status(String reportId) {
        var task = running.get(reportId);
        if (task == null) {
            return new ExportStatus(reportId, ExportStatus.State.IDLE, null);
        }
        return task.isDone() && !task.isCompletedExceptionally()
                ? new ExportStatus(reportId, ExportStatus.State.DONE, task.join())
                : new ExportStatus(reportId, ExportStatus.State.STARTED, null);
    }
}
