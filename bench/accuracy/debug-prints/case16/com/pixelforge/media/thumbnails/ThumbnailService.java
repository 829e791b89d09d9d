package com.pixelforge.media.thumbnails;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Service;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

@Service
public class ThumbnailService {

    private final ImageStore store;
    private final Executor executor;

    public ThumbnailService(ImageStore store, @Qualifier("mediaExecutor") Executor executor) {
        this.store = store;
        this.executor = executor;
    }

    public CompletableFuture<List<String>> generateAll(String assetId, List<Integer> widths) {
        List<CompletableFuture<String>> jobs = widths.stream()
                .distinct()
                .map(width -> CompletableFuture
                        .supplyAsync(() -> store.resizeAndStore(assetId, width), executor)
                        .exceptionally(ex -> {
                            ex.printStackTrace();
                            return null;
                        }))
                .toList();
        return CompletableFuture.allOf(jobs.toArray(CompletableFuture[]::new))
                .thenApply(done -> jobs.stream()
                        .map(CompletableFuture::join)
                        .filter(Objects::nonNull)
                        .toList());
    }
}
