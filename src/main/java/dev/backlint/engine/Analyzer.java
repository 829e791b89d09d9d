package dev.backlint.engine;

import dev.backlint.api.Finding;
import dev.backlint.api.Level;
import dev.backlint.api.Rule;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs a scan: discovers the files, analyses each one once on a pool of worker threads
 * (each with its own parser and symbol solver), and returns the findings sorted by file,
 * line, column and rule, whatever the number of threads. The one entry point of the CLI
 * and the Maven plugin.
 */
public final class Analyzer {

    /** Deeply nested code recurses deeply in the parser and in visitors. */
    private static final long WORKER_STACK_BYTES = 256L * 1024 * 1024;

    private final RuleRegistry registry;

    public Analyzer() {
        this(RuleRegistry.standard());
    }

    public Analyzer(RuleRegistry registry) {
        this.registry = registry;
    }

    public RuleRegistry registry() {
        return registry;
    }

    /**
     * Scans as {@code request} asks.
     *
     * @throws ConfigurationException for a missing path, an unknown rule id or a bad option
     */
    public ScanResult analyze(ScanRequest request) {
        Instant started = Instant.now();
        List<Rule> rules = registry.select(request.enable(), request.disable());
        for (String id : request.levels().keySet()) {
            if (registry.find(id).isEmpty()) {
                throw new ConfigurationException("unknown rule id " + id + " in level overrides"
                        + " (see 'backlint rules' for the list)");
            }
        }
        if (request.paths().isEmpty()) {
            throw new ConfigurationException("nothing to scan: give at least one file or directory");
        }
        Path reportRoot = request.sourceRoot() != null
                ? request.sourceRoot().toAbsolutePath().normalize()
                : SourceRoots.reportRoot(request.paths());
        long discoveryStart = System.nanoTime();
        SourceDiscovery.Result discovered = new SourceDiscovery(reportRoot, request.excludes())
                .discover(request.paths());
        long discoveryNanos = System.nanoTime() - discoveryStart;
        List<SourceFile> files = discovered.files();

        Scan scan = new Scan(request, rules, files, SourceRoots.infer(files));
        List<SourceFile> analysed = files.stream().filter(file -> request.includeTests() || !file.test()).toList();
        List<Notification> cacheNotes = new ArrayList<>();
        List<FileOutcome> outcomes = request.cacheFile() == null
                ? run(scan, analysed, request.threads())
                : runWithCache(scan, request, reportRoot, rules, files, analysed, cacheNotes);

        List<Finding> findings = new ArrayList<>();
        List<Notification> notifications = new ArrayList<>(discovered.notifications());
        notifications.addAll(cacheNotes);
        int scanned = 0;
        int failed = 0;
        long lines = 0;
        for (FileOutcome outcome : outcomes) {
            findings.addAll(outcome.findings());
            notifications.addAll(outcome.notifications());
            scanned += outcome.analysed() ? 1 : 0;
            failed += outcome.failed() ? 1 : 0;
            lines += outcome.lines();
        }
        for (String problem : scan.classpathProblems()) {
            notifications.add(new Notification(Level.WARNING, null, 0, null, Notification.Kind.READ_ERROR,
                    "classpath entry not used: " + problem));
        }
        failed += (int) discovered.notifications().stream()
                .filter(n -> n.kind() == Notification.Kind.READ_ERROR).count();
        Map<String, Level> overrides = request.levels();
        List<Finding> leveled = new ArrayList<>(findings.size());
        for (Finding finding : findings) {
            Level override = overrides.get(finding.ruleId());
            leveled.add(override == null ? finding : finding.withLevel(override));
        }
        Collections.sort(leveled);
        Collections.sort(notifications);
        List<RuleDescriptor> descriptors = rules.stream().map(RuleDescriptor::of).toList();
        return new ScanResult(descriptors, leveled, notifications, scanned, failed, lines, started, Instant.now(),
                scan.diagnostics(discoveryNanos));
    }

    /**
     * Reuses the cached results of unchanged files whose dependencies did not change,
     * analyses the others, and writes the cache anew.
     */
    private static List<FileOutcome> runWithCache(Scan scan, ScanRequest request, Path reportRoot, List<Rule> rules,
                                                  List<SourceFile> files, List<SourceFile> analysed,
                                                  List<Notification> notes) {
        ResultCache cache = new ResultCache(request.cacheFile(), ResultCache.key(request, reportRoot, rules));
        Map<String, ResultCache.Entry> loaded = cache.load();
        ResultCache.Comparison comparison = ResultCache.compare(files, loaded);
        for (SourceFile file : files) {
            ResultCache.Entry entry = comparison.fresh().get(file.file().toString());
            if (entry != null && entry.outcome() != null && entry.outcome().facts() != null) {
                scan.preload(file, entry.outcome().facts());
            }
        }
        List<SourceFile> stale = analysed.stream()
                .filter(file -> !comparison.reusable().containsKey(file.file().toString()))
                .toList();
        scan.countFromCache(analysed.size() - stale.size());
        List<FileOutcome> computed = run(scan, stale, request.threads());
        Map<String, FileOutcome> byPath = new java.util.HashMap<>();
        for (int i = 0; i < stale.size(); i++) {
            byPath.put(stale.get(i).file().toString(), computed.get(i));
        }
        List<FileOutcome> outcomes = new ArrayList<>(analysed.size());
        Map<String, ResultCache.Entry> entries = new java.util.HashMap<>();
        java.util.Set<String> analysedPaths = new java.util.HashSet<>();
        for (SourceFile file : analysed) {
            String path = file.file().toString();
            analysedPaths.add(path);
            FileOutcome fresh = byPath.get(path);
            if (fresh == null) {
                ResultCache.Entry reused = comparison.reusable().get(path);
                outcomes.add(reused.outcome());
                entries.put(path, reused);
            } else {
                outcomes.add(fresh);
                ResultCache.entry(file, fresh).ifPresent(entry -> entries.put(path, entry));
            }
        }
        for (SourceFile file : files) {
            String path = file.file().toString();
            if (!analysedPaths.contains(path)) {
                ResultCache.Entry known = comparison.fresh().get(path);
                if (known != null) {
                    entries.put(path, new ResultCache.Entry(path, known.size(), known.modified(), known.hash(), null));
                } else {
                    ResultCache.entry(file, null).ifPresent(entry -> entries.put(path, entry));
                }
            }
        }
        if (entries.equals(loaded)) {
            return outcomes;
        }
        try {
            cache.save(ResultCache.sorted(entries));
        } catch (java.io.IOException e) {
            notes.add(new Notification(Level.WARNING, null, 0, null, Notification.Kind.CACHE,
                    "could not write the cache " + request.cacheFile() + ": " + e.getMessage()));
        }
        return outcomes;
    }

    private static List<FileOutcome> run(Scan scan, List<SourceFile> files, int threads) {
        AtomicInteger counter = new AtomicInteger();
        ThreadFactory factory = task -> {
            Thread thread = new Thread(null, task, "backlint-worker-" + counter.incrementAndGet(), WORKER_STACK_BYTES);
            thread.setDaemon(true);
            return thread;
        };
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(threads, files.size())), factory);
        try {
            List<Future<FileOutcome>> futures = new ArrayList<>(files.size());
            for (SourceFile file : files) {
                futures.add(pool.submit(() -> scan.analyse(file)));
            }
            List<FileOutcome> outcomes = new ArrayList<>(files.size());
            for (int i = 0; i < futures.size(); i++) {
                outcomes.add(await(futures.get(i), files.get(i)));
            }
            return outcomes;
        } finally {
            pool.shutdownNow();
        }
    }

    private static FileOutcome await(Future<FileOutcome> future, SourceFile file) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("scan interrupted", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            return FileOutcome.failed(new Notification(Level.ERROR, file.uri(), 0, null,
                    Notification.Kind.INTERNAL_ERROR, "internal error while analysing this file: " + cause));
        }
    }
}
