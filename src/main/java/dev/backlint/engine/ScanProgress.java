package dev.backlint.engine;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * How far a scan has come, for a progress line: how many files it checks and how many
 * it has checked. Updated by the workers, read by whoever shows it.
 */
public final class ScanProgress {

    private final AtomicInteger total = new AtomicInteger(-1);
    private final AtomicInteger done = new AtomicInteger();

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
