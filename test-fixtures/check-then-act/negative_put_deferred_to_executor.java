// A check on a concurrent field whose put is deferred into a lambda handed to an executor (ExecutorService.submit/execute, CompletableFuture.runAsync, a Spring TaskExecutor): the write runs later on another thread, not as the act of this check.
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.task.TaskExecutor;
import org.springframework.stereotype.Service;

@Service
class ThumbnailWarmer {

    private static final Logger log = LoggerFactory.getLogger(ThumbnailWarmer.class);

    record Thumbnail(String imageId, byte[] png, Instant renderedAt) {
    }

    private final ConcurrentHashMap<String, Thumbnail> thumbnails = new ConcurrentHashMap<>();
    private final Set<String> warmed = ConcurrentHashMap.newKeySet();
    private final ExecutorService renderPool = Executors.newFixedThreadPool(4);
    private final TaskExecutor taskExecutor;

    ThumbnailWarmer(TaskExecutor taskExecutor) {
        this.taskExecutor = taskExecutor;
    }

    void warm(String imageId) {
        if (!thumbnails.containsKey(imageId)) {
            renderPool.submit(() -> thumbnails.put(imageId, new Thumbnail(imageId, render(imageId), Instant.now())));
        }
    }

    void warmQuietly(String imageId) {
        if (thumbnails.get(imageId) == null) {
            renderPool.execute(() -> {
                var png = render(imageId);
                thumbnails.put(imageId, new Thumbnail(imageId, png, Instant.now()));
                log.debug("warmed {}", imageId);
            });
        }
    }

    CompletableFuture<Void> warmAsync(String imageId) {
        if (warmed.contains(imageId)) {
            return CompletableFuture.completedFuture(null);
        }
        return CompletableFuture.runAsync(() -> warmed.add(imageId), renderPool);
    }

    void warmOnSpringPool(String imageId) {
        if (!thumbnails.containsKey(imageId)) {
            taskExecutor.execute(() -> thumbnails.put(imageId, new Thumbnail(imageId, render(imageId), Instant.now())));
        }
    }

    private byte[] render(String imageId) {
        return imageId.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }
}

@Service
class SearchIndexRefresher {

    private final Map<String, Instant> lastIndexed = new ConcurrentHashMap<>();
    private final ExecutorService indexer = Executors.newSingleThreadExecutor();

    void touch(String documentId) {
        var last = lastIndexed.get(documentId);
        if (last == null) {
            indexer.submit(() -> {
                lastIndexed.put(documentId, Instant.now());
                return documentId;
            });
        }
    }
}
