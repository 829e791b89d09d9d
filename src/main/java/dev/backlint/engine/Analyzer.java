package dev.backlint.engine;

import dev.backlint.api.Finding;
import dev.backlint.api.Level;
import dev.backlint.api.Rule;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
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
    /** How often the watchdog looks for rule checks past their time budget. */
    private static final long WATCHDOG_MILLIS = 100;

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
        return analyze(request, new ScanProgress());
    }

    /**
     * Scans as {@code request} asks, telling {@code progress} how far it has come.
     *
     * @throws ConfigurationException for a missing path, an unknown rule id or a bad option
     */
    public ScanResult analyze(ScanRequest request, ScanProgress progress) {
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
        Baseline baseline = request.baseline() == null ? null : Baseline.read(request.baseline());
        Path reportRoot = request.sourceRoot() != null
                ? request.sourceRoot().toAbsolutePath().normalize()
                : SourceRoots.reportRoot(request.paths());
        GitChanges changes = request.changedSince() == null ? null
                : GitChanges.since(request.paths().get(0).toAbsolutePath(), request.changedSince());
        // a rescan with a cache is short: load the cache and ready the parser while discovery runs
        CompletableFuture<CacheLoad> cacheLoad = request.cacheFile() == null ? null
                : CompletableFuture.supplyAsync(() -> CacheLoad.of(request, reportRoot, rules), Analyzer::runInBackground);
        if (cacheLoad != null) {
            runInBackground(Analyzer::warmUpParser);
        }
        long discoveryStart = System.nanoTime();
        SourceDiscovery.Result discovered = new SourceDiscovery(reportRoot, request.excludes(), request.includes())
                .discover(request.paths());
        long discoveryNanos = System.nanoTime() - discoveryStart;
        List<SourceFile> files = discovered.files();

        Scan scan = new Scan(request, rules, files, discovered.xmlFiles().stream()
                .filter(xml -> request.includeTests() || !xml.test()).toList());
        List<SourceFile> analysed = files.stream().filter(file -> request.includeTests() || !file.test())
                .filter(file -> changes == null || changes.changed(file.file()))
                .filter(file -> request.shard() == null || request.shard().includes(file.uri()))
                .toList();
        List<SourceFile> xmlChecked = discovered.xmlFiles().stream()
                .filter(xml -> request.includeTests() || !xml.test())
                .filter(xml -> changes == null || changes.changed(xml.file()))
                .filter(xml -> request.shard() == null || request.shard().includes(xml.uri()))
                .toList();
        List<Notification> cacheNotes = new ArrayList<>();
        progress.start(analysed.size());
        List<FileOutcome> outcomes = request.cacheFile() == null
                ? run(scan, analysed, request.threads(), progress)
                : runWithCache(scan, request, cacheLoad.join(), withXml(files, discovered), analysed, cacheNotes,
                        progress);

        List<Finding> findings = new ArrayList<>();
        // a part of a sharded scan tells of its own files, and every part of the scan as a whole
        List<Notification> discoveryNotes = discovered.notifications().stream()
                .filter(note -> request.shard() == null || note.uri() == null || request.shard().includes(note.uri()))
                .toList();
        List<Notification> notifications = new ArrayList<>(discoveryNotes);
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
        // MyBatis mapper XML next to the sources: the SQL rules read its statements too
        Map<String, Level> enabledLevels = new java.util.HashMap<>();
        rules.forEach(rule -> enabledLevels.put(rule.info().id(), rule.info().level()));
        List<XmlFiles.Outcome> xmlOutcomes = XmlFiles.check(xmlChecked, enabledLevels, scan::textIndex);
        for (XmlFiles.Outcome xml : xmlOutcomes) {
            findings.addAll(xml.findings());
            notifications.addAll(xml.notifications());
            scanned += xml.analysed() ? 1 : 0;
            failed += xml.failed() ? 1 : 0;
            lines += xml.lines();
        }
        for (String problem : scan.classpathProblems()) {
            notifications.add(new Notification(Level.WARNING, null, 0, null, Notification.Kind.READ_ERROR,
                    "classpath entry not used: " + problem));
        }
        failed += (int) discoveryNotes.stream()
                .filter(n -> n.kind() == Notification.Kind.READ_ERROR).count();
        Map<String, Level> overrides = request.levels();
        List<Finding> leveled = new ArrayList<>(findings.size());
        for (Finding finding : findings) {
            Level override = overrides.get(finding.ruleId());
            leveled.add(override == null ? finding : finding.withLevel(override));
        }
        Collections.sort(leveled);
        // a finding one file reports at a place of another file meets that file's own findings here
        leveled = FileRun.withoutSuperseded(leveled, scan.supersedes());
        if (changes != null && request.newLinesOnly()) {
            leveled = leveled.stream().filter(finding -> onChangedLine(finding, changes, reportRoot)).toList();
        }
        Baseline.Comparison comparison = baseline == null ? null
                : compare(baseline, leveled, rules, analysed, xmlChecked, reportRoot);
        Collections.sort(notifications);
        List<RuleDescriptor> descriptors = rules.stream().map(RuleDescriptor::of).toList();
        return new ScanResult(descriptors, leveled, notifications, scanned, failed, lines, started, Instant.now(),
                scan.diagnostics(discoveryNanos), comparison);
    }

    /**
     * Whether a line of the finding's range, or of a step of its code flow, was added or
     * changed since the base: request data a changed handler now passes to an old query is
     * a new finding at the old query.
     */
    private static boolean onChangedLine(Finding finding, GitChanges changes, Path reportRoot) {
        if (changed(finding.location(), changes, reportRoot)) {
            return true;
        }
        return finding.codeFlow().stream().anyMatch(step -> changed(step.location(), changes, reportRoot));
    }

    private static boolean changed(dev.backlint.api.Location location, GitChanges changes, Path reportRoot) {
        Path file = reportRoot.resolve(location.path());
        for (int line = location.range().startLine(); line <= location.range().endLine(); line++) {
            if (changes.changed(file, line)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The findings against the baseline: what the scan checked ({@code files} and
     * {@code xmlFiles}) decides what is absent.
     */
    private static Baseline.Comparison compare(Baseline baseline, List<Finding> findings, List<Rule> rules,
                                               List<SourceFile> files, List<SourceFile> xmlFiles, Path reportRoot) {
        java.util.Set<String> ran = new java.util.HashSet<>();
        rules.forEach(rule -> ran.add(rule.info().id()));
        java.util.Set<String> scanned = new java.util.HashSet<>();
        files.forEach(file -> scanned.add(file.uri()));
        xmlFiles.forEach(file -> scanned.add(file.uri()));
        return baseline.compare(findings, ran, scanned, uri -> java.nio.file.Files.exists(reportRoot.resolve(uri)));
    }

    /**
     * Reuses the cached results of unchanged files whose dependencies did not change,
     * analyses the others, and writes the cache anew when anything differs.
     */
    private static List<FileOutcome> runWithCache(Scan scan, ScanRequest request, CacheLoad load,
                                                  List<SourceFile> files, List<SourceFile> analysed,
                                                  List<Notification> notes, ScanProgress progress) {
        ResultCache cache = load.cache();
        Map<String, ResultCache.Entry> loaded = load.entries();
        scan.addPhase("cache-load", load.nanos());
        long compareStart = System.nanoTime();
        ResultCache.Comparison comparison = ResultCache.compare(files, loaded);
        scan.addPhase("cache-check", System.nanoTime() - compareStart);
        for (SourceFile file : files) {
            ResultCache.Entry known = comparison.unchanged().get(file.file().toString());
            if (known != null && known.outcome() != null) {
                scan.preload(file, () -> known.decodeFacts(scan.factKinds()));
            }
        }
        // the edited files first: one whose shape is the cached one leaves the types that
        // other files resolve as they were, and their results stand unless they read more of it
        List<SourceFile> edited = analysed.stream()
                .filter(file -> comparison.edited().containsKey(file.file().toString()))
                .toList();
        List<FileOutcome> editedOutcomes = run(scan, edited, request.threads(), progress);
        Map<String, FileOutcome> fresh = new HashMap<>();
        Set<String> sameShape = new HashSet<>();
        for (int i = 0; i < edited.size(); i++) {
            String path = edited.get(i).file().toString();
            String before = comparison.edited().get(path).shape();
            fresh.put(path, editedOutcomes.get(i));
            if (before != null && before.equals(editedOutcomes.get(i).shape())) {
                sameShape.add(path);
            }
        }
        if (!edited.isEmpty()) {
            Set<String> uris = new HashSet<>();
            List<Finding> findings = new ArrayList<>();
            for (int i = 0; i < edited.size(); i++) {
                uris.add(edited.get(i).uri());
                for (Finding finding : editedOutcomes.get(i).findings()) {
                    Level override = request.levels().get(finding.ruleId());
                    findings.add(override == null ? finding : finding.withLevel(override));
                }
            }
            progress.editedAnalysed(uris, findings);
        }
        // the text indexes every change leaves as they were: each changed file is an edited one
        // that says for them what it said in the cached scan
        Set<String> sameTexts = new HashSet<>();
        if (comparison.changed().size() == edited.size()) {
            comparison.decoded().values().forEach(result -> sameTexts.addAll(result.dependencies().textKinds()));
            for (SourceFile file : edited) {
                Map<String, String> before = loaded.get(file.file().toString()).texts();
                sameTexts.removeIf(kind -> !scan.textDigest(file, kind).map(now -> now.equals(before.get(kind)))
                        .orElse(false));
            }
        }
        Set<String> reusable = comparison.reusable(sameShape, sameTexts);
        List<SourceFile> stale = analysed.stream()
                .filter(file -> !reusable.contains(file.file().toString()) && !fresh.containsKey(file.file().toString()))
                .toList();
        scan.countFromCache(analysed.size() - stale.size() - edited.size());
        progress.advance(analysed.size() - stale.size() - edited.size());
        List<FileOutcome> computed = run(scan, stale, request.threads(), progress);
        for (int i = 0; i < stale.size(); i++) {
            fresh.put(stale.get(i).file().toString(), computed.get(i));
        }

        List<FileOutcome> outcomes = new ArrayList<>(analysed.size());
        Map<String, ResultCache.Entry> entries = new HashMap<>();
        for (SourceFile file : analysed) {
            String path = file.file().toString();
            FileOutcome outcome = fresh.get(path);
            ResultCache.Entry unchanged = comparison.unchanged().get(path);
            if (outcome == null) {
                outcomes.add(comparison.decoded().get(path));
                entries.put(path, unchanged.withTexts(scan.textDigests(file)));
            } else {
                outcomes.add(outcome);
                ResultCache.entry(file, outcome, scan.factKinds(), texts(unchanged, scan, file))
                        .ifPresent(entry -> entries.put(path, entry));
            }
        }
        for (SourceFile file : files) {
            String path = file.file().toString();
            if (!entries.containsKey(path)) {
                ResultCache.Entry known = comparison.unchanged().get(path);
                if (known != null && known.outcome() == null) {
                    entries.put(path, known.withTexts(scan.textDigests(file)));
                } else {
                    ResultCache.entry(file, null, scan.factKinds(), texts(known, scan, file))
                            .ifPresent(entry -> entries.put(path, entry));
                }
            }
        }
        if (fresh.isEmpty() && !comparison.dirty() && entries.size() == loaded.size()) {
            return outcomes;
        }
        long saveStart = System.nanoTime();
        try {
            cache.save(entries);
        } catch (IOException | RuntimeException e) {
            notes.add(new Notification(Level.WARNING, null, 0, null, Notification.Kind.CACHE,
                    "could not write the cache " + request.cacheFile() + ": " + e.getMessage()));
        }
        scan.addPhase("cache-save", System.nanoTime() - saveStart);
        return outcomes;
    }

    /**
     * What a file says for the text indexes: as the cache had it when its content is the
     * same ({@code unchanged} is its entry then), with what this scan worked out.
     */
    private static Map<String, String> texts(ResultCache.Entry unchanged, Scan scan, SourceFile file) {
        Map<String, String> texts = new HashMap<>(unchanged == null ? Map.of() : unchanged.texts());
        texts.putAll(scan.textDigests(file));
        return texts;
    }

    /**
     * The files whose changes the cache watches: the Java files, and the XML files, which
     * the analysis of a Java file may read (a MyBatis mapper's statements), so that an
     * edit of a mapper alone reanalyses the files that read every file.
     */
    private static List<SourceFile> withXml(List<SourceFile> files, SourceDiscovery.Result discovered) {
        if (discovered.xmlFiles().isEmpty()) {
            return files;
        }
        List<SourceFile> all = new ArrayList<>(files);
        all.addAll(discovered.xmlFiles());
        return all;
    }

    /** The cache of a scan and what it held, read in the background. */
    private record CacheLoad(ResultCache cache, Map<String, ResultCache.Entry> entries, long nanos) {
        static CacheLoad of(ScanRequest request, Path reportRoot, List<Rule> rules) {
            long start = System.nanoTime();
            ResultCache cache = new ResultCache(request.cacheFile(), ResultCache.key(request, reportRoot, rules));
            Map<String, ResultCache.Entry> entries = cache.load();
            return new CacheLoad(cache, entries, System.nanoTime() - start);
        }
    }

    private static void runInBackground(Runnable task) {
        Thread thread = new Thread(task, "backlint-background");
        thread.setDaemon(true);
        thread.start();
    }

    /**
     * Starts loading and initialising the parser's classes on a background thread, for a
     * scan that is about to start: the workers then find them ready.
     */
    public static void warmUpInBackground() {
        runInBackground(Analyzer::warmUpParser);
    }

    /** Loads and initialises the parser's classes, which takes a fresh JVM a good part of a second. */
    private static void warmUpParser() {
        try {
            new com.github.javaparser.JavaParser(Parsing.configuration())
                    .parse("class Warm { @Deprecated String m(int x) { return x > 0 ? \"a\" + x : null; } }");
        } catch (RuntimeException e) {
            // only a head start; the real parse reports its own problems
        }
    }

    private static List<FileOutcome> run(Scan scan, List<SourceFile> files, int threads, ScanProgress progress) {
        if (files.isEmpty()) {
            return List.of();
        }
        AtomicInteger counter = new AtomicInteger();
        ThreadFactory factory = task -> {
            Thread thread = new Thread(null, task, "backlint-worker-" + counter.incrementAndGet(), WORKER_STACK_BYTES);
            thread.setDaemon(true);
            return thread;
        };
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(threads, files.size())), factory);
        java.util.concurrent.ScheduledExecutorService watchdog = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "backlint-watchdog");
            thread.setDaemon(true);
            return thread;
        });
        watchdog.scheduleWithFixedDelay(scan::interruptOverdue, WATCHDOG_MILLIS, WATCHDOG_MILLIS,
                java.util.concurrent.TimeUnit.MILLISECONDS);
        try {
            Map<SourceFile, Future<FileOutcome>> futures = new HashMap<>(files.size() * 2);
            for (SourceFile file : WorkOrder.of(files)) {
                futures.put(file, pool.submit(() -> {
                    try {
                        return progress.cancelled() ? null : scan.analyse(file);
                    } finally {
                        progress.advance(1);
                    }
                }));
            }
            List<FileOutcome> outcomes = new ArrayList<>(files.size());
            for (SourceFile file : files) {
                outcomes.add(await(futures.get(file), file));
            }
            if (progress.cancelled()) {
                throw new java.util.concurrent.CancellationException("the scan was cancelled");
            }
            return outcomes;
        } finally {
            watchdog.shutdownNow();
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
