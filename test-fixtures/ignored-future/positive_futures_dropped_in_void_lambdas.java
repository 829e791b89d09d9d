// Futures and publishers made as the body of a lambda whose function type returns void (forEach, Runnable, doOnNext), which drops them exactly like an expression statement: executor.submit in forEach, a reactive save in doOnNext, runAsync inside a Runnable handed to execute.
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;

import org.springframework.data.repository.reactive.ReactiveCrudRepository;
import org.springframework.stereotype.Service;

import reactor.core.publisher.Flux;

record ThumbnailJob(String imageId, int width) {
}

record ClickEvent(String sessionId, String path, long timestamp) {
}

interface ClickEventRepository extends ReactiveCrudRepository<ClickEvent, String> {
}

@Service
class BatchDispatchService {

    private final ExecutorService renderPool;
    private final ClickEventRepository clicks;

    BatchDispatchService(ExecutorService renderPool, ClickEventRepository clicks) {
        this.renderPool = renderPool;
        this.clicks = clicks;
    }

    void renderAll(List<ThumbnailJob> jobs) {
        jobs.forEach(job -> renderPool.submit(() -> render(job))); // expect: ignored-future "`submit()`"
    }

    void renderByImage(Map<String, ThumbnailJob> jobsByImage) {
        jobsByImage.forEach((imageId, job) -> renderPool.submit(() -> render(job))); // expect: ignored-future "`submit()`"
    }

    Flux<ClickEvent> track(Flux<ClickEvent> events) {
        return events.doOnNext(event -> clicks.save(event)); // expect: ignored-future "`save()`"
    }

    void refreshLater(String imageId) {
        renderPool.execute(() -> CompletableFuture.runAsync(() -> render(new ThumbnailJob(imageId, 128)))); // expect: ignored-future "`runAsync()`"
    }

    private void render(ThumbnailJob job) {
        if (job.width() <= 0) {
            throw new IllegalArgumentException("bad width for " + job.imageId());
        }
    }
}
