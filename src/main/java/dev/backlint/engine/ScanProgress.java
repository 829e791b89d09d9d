package dev.backlint.engine;

import dev.backlint.api.Finding;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;

/**
 * How far a scan has come, for a progress line: how many files it checks and how many
 * it has checked. Updated by the workers, read by whoever shows it.
 */
public final class ScanProgress {

    private final AtomicInteger total = new AtomicInteger(-1);
    private final AtomicInteger done = new AtomicInteger();
    private final BiConsumer<Set<String>, List<Finding>> edited;
    private volatile boolean cancelled;

    public ScanProgress() {
        this((uris, findings) -> { });
    }

    /**
     * @param edited told, in a scan with a cache, the paths (relative to the source root) of
     *               the files edited since the cached scan and their findings, with the
     *               levels the request sets, as soon as those files are analysed: before
     *               the files whose results depend on them, and before the scan's result
     */
    public ScanProgress(BiConsumer<Set<String>, List<Finding>> edited) {
        this.edited = edited;
    }

    /**
     * Asks the scan to stop: the files not started are left, and the scan throws
     * {@link java.util.concurrent.CancellationException} without writing its cache.
     */
    public void cancel() {
        cancelled = true;
    }

    public boolean cancelled() {
        return cancelled;
    }

    void editedAnalysed(Set<String> uris, List<Finding> findings) {
        edited.accept(uris, findings);
    }

    /** The files to check are known: discovery is over. */
    void start(int files) {
        total.set(files);
    }

    /** Files checked, or served from the cache. */
    void advance(int files) {
        done.addAndGet(files);
    }

    /** How many files the scan checks; -1 while it is still finding them. */
    public int total() {
        return total.get();
    }

    public int done() {
        return done.get();
    }
}
