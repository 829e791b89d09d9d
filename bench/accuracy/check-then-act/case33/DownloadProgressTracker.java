// Progress of large dataset downloads shown in the UI: the download workers report bytes as
// chunks arrive, the UI polls the progress, finished downloads are dropped.
package checkthenact.case33;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

@Component
public class DownloadProgressTracker {

    private final Map<String, DownloadProgress> progressByJob = new ConcurrentHashMap<>();

    public void chunkReceived(String jobId, long totalBytes, long chunkBytes) {
        progressByJob.compute(jobId, (id, current) -> current == null
                ? new DownloadProgress(totalBytes, chunkBytes)
                : current.plus(chunkBytes));
    }

    public Optional<Integer> percent(String jobId) {
        var progress = progressByJob.get(jobId);
        if (progress == null) {
            return Optional.empty();
        }
        return Optional.of(progress.percent());
    }

    public void finished(String jobId) {
        progressByJob.remove(jobId);
    }

    record DownloadProgress(long totalBytes, long receivedBytes) {

        DownloadProgress plus(long bytes) {
            return new DownloadProgress(totalBytes, receivedBytes + bytes);
        }

        int percent() {
            return totalBytes == 0 ? 0 : (int) (100 * receivedBytes / totalBytes);
        }
    }
}
