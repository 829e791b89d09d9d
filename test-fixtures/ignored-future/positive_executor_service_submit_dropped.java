// ExecutorService.submit(..) whose Future is dropped: a Runnable and a Callable lambda, a var-typed scheduler, an arm of a switch statement, inside a try block, and on an executor built in the constructor.
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

enum ThumbnailSize { SMALL, MEDIUM, LARGE }

record UploadedImage(String id, byte[] bytes) {
}

@Service
class ImageProcessingService {

    private static final Logger log = LoggerFactory.getLogger(ImageProcessingService.class);

    private final ExecutorService workers;

    ImageProcessingService() {
        this.workers = Executors.newFixedThreadPool(4);
    }

    void onUpload(UploadedImage image) {
        log.info("image {} uploaded, {} bytes", image.id(), image.bytes().length);
        workers.submit(() -> scanForMalware(image)); // expect: ignored-future "`submit()`"
        workers.submit(() -> { // expect: ignored-future "`submit()`"
            var checksum = checksum(image.bytes());
            log.debug("checksum of {} is {}", image.id(), checksum);
            return checksum;
        });
    }

    void regenerate(UploadedImage image, ThumbnailSize size) {
        switch (size) {
            case SMALL -> workers.submit(() -> resize(image, 64)); // expect: ignored-future "`submit()`"
            case MEDIUM -> workers.submit(() -> resize(image, 256)); // expect: ignored-future "`submit()`"
            case LARGE -> log.info("large thumbnails are rendered on demand");
        }
    }

    void reindex(List<UploadedImage> images) {
        try {
            for (UploadedImage image : images) {
                workers.submit(new IndexingTask(image.id())); // expect: ignored-future "`submit()`"
            }
        } finally {
            log.info("queued {} images for reindexing", images.size());
        }
    }

    private void scanForMalware(UploadedImage image) {
        if (image.bytes().length == 0) {
            throw new IllegalArgumentException("empty image " + image.id());
        }
    }

    private String checksum(byte[] bytes) {
        return Integer.toHexString(Arrays.hashCode(bytes));
    }

    private byte[] resize(UploadedImage image, int width) {
        return image.bytes();
    }

    private record IndexingTask(String imageId) implements Runnable {
        @Override
        public void run() {
            LoggerFactory.getLogger(IndexingTask.class).info("indexing {}", imageId);
        }
    }
}

class SessionJanitor {

    private static final Logger log = LoggerFactory.getLogger(SessionJanitor.class);
    private final Duration maxAge = Duration.ofHours(8);

    void purgeExpired(List<String> sessionIds) {
        var scheduler = Executors.newSingleThreadScheduledExecutor();
        Instant cutoff = Instant.now().minus(maxAge);
        scheduler.submit(() -> purge(sessionIds, cutoff)); // expect: ignored-future "`submit()`"
        scheduler.shutdown();
    }

    void purgeOn(ScheduledExecutorService scheduler, String sessionId) {
        if (!sessionId.isBlank()) {
            scheduler.submit(() -> purge(List.of(sessionId), Instant.now())); // expect: ignored-future "`submit()`"
        }
    }

    private void purge(List<String> sessionIds, Instant cutoff) {
        sessionIds.forEach(id -> log.info("purging session {} idle since before {}", id, cutoff));
    }
}
