package dev.backlint.engine;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParseResult;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.Problem;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.symbolsolver.JavaSymbolSolver;
import dev.backlint.api.Level;
import dev.backlint.api.Rule;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * The state of one scan shared by its worker threads: the rules, the project index and
 * the solver factory. Parsers and solvers are per thread (JavaParser's are not
 * thread-safe); nothing here outlives the scan.
 */
final class Scan {

    private static final int MAX_MESSAGE = 240;

    private final ScanRequest request;
    private final Dispatcher dispatcher;
    private final Analyses analyses;
    /** The kinds of facts the enabled rules' analyses read, by id. */
    private final Map<String, dev.backlint.api.FactKind<?>> factKinds;
    private final List<dev.backlint.api.FactKind<?>> factKindList;
    private final ProjectIndex index;
    private final SolverFactory solvers;
    private final LibraryConstants libraries;
    private final ThreadLocal<JavaParser> parsers;
    /** Parsers at Java 8's level, for old sources the newest level refuses (an identifier named {@code _}). */
    private final ThreadLocal<JavaParser> legacyParsers;
    private final LongAdder resolutionMisses = new LongAdder();
    private final LongAdder readNanos = new LongAdder();
    private final LongAdder parseNanos = new LongAdder();
    private final LongAdder factsNanos = new LongAdder();
    private final LongAdder walkNanos = new LongAdder();
    private final LongAdder resolutionNanos = new LongAdder();
    private final Map<Rule, LongAdder> ruleNanos = new IdentityHashMap<>();
    /** The rules in the dispatcher's order: a handler's rule index points here. */
    private final List<Rule> ruleList;
    private int filesFromCache;
    private final Map<String, java.util.Set<String>> supersedes = new TreeMap<>();
    private final Map<String, Long> otherPhases = new java.util.concurrent.ConcurrentHashMap<>();
    private final long ruleBudgetNanos;
    /** At most this many trees wait for their turn: the rest are parsed again then. */
    private static final int MAX_PARSED_AHEAD = 512;
    /**
     * Trees parsed ahead of their turn, to answer another file's question about their facts:
     * the file's own analysis takes its tree from here rather than parse it a second time.
     * Held softly, so that memory pressure drops them (the file is then parsed again).
     */
    private final Map<java.nio.file.Path, java.lang.ref.SoftReference<Loaded>> parsedAhead =
            new java.util.concurrent.ConcurrentHashMap<>();
    /** The rule check each worker thread is running, for the watchdog. */
    private final Map<Thread, Running> running = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * The rule check under way on one worker thread, one object per thread reused for
     * every check; interrupted at most once per check, and only while it is active.
     */
    private static final class Running {
        // written by the worker before it publishes a check through the volatile `active`
        private long start;
        private long spentBefore;
        private long generation;
        private volatile boolean active;
        private volatile boolean interrupted;

        /** Starts a check; no lock on this path, which runs once per check of every node. */
        void begin(long spent) {
            spentBefore = spent;
            interrupted = false;
            generation++;
            start = System.nanoTime();
            active = true;
        }

        /**
         * Ends the check and tells how long it ran. Where the watchdog has chosen to
         * interrupt it, waits until the interrupt is sent and takes it back, so that it
         * cannot reach the next check: either this side sees {@code interrupted} or the
         * watchdog sees the check no longer active (both fields are volatile).
         */
        long end() {
            active = false;
            long ran = System.nanoTime() - start;
            if (interrupted) {
                synchronized (this) {
                    Thread.interrupted();
                }
            }
            return ran;
        }

        /** Time the check spent on work for the whole scan does not count against its rule; the worker's own call. */
        void exclude(long nanos) {
            if (active) {
                start += nanos;
            }
        }

        synchronized void interruptIfOverdue(Thread thread, long now, long budget) {
            if (!active || interrupted) {
                return;
            }
            long seen = generation;
            if (spentBefore + now - start > budget) {
                interrupted = true;
                if (active && generation == seen) {
                    thread.interrupt();
                } else {
                    interrupted = false; // that check ended meanwhile: the next one starts clean
                }
            }
        }
    }

    Scan(ScanRequest request, List<Rule> rules, List<SourceFile> files) {
        this(request, rules, files, List.of());
    }

    /** @param xmlFiles the XML files of the tree, which text indexes may read (MyBatis mappers) */
    Scan(ScanRequest request, List<Rule> rules, List<SourceFile> files, List<SourceFile> xmlFiles) {
        this.request = request;
        this.ruleBudgetNanos = request.ruleTimeBudget().toNanos();
        this.dispatcher = new Dispatcher(rules);
        this.ruleList = List.copyOf(rules);
        this.analyses = Analyses.standard();
        this.factKinds = java.util.Collections.unmodifiableMap(analyses.factKinds(dispatcher.allUses()));
        this.factKindList = List.copyOf(factKinds.values());
        rules.forEach(rule -> ruleNanos.put(rule, new LongAdder()));
        java.util.Set<String> enabled = new java.util.HashSet<>();
        rules.forEach(rule -> enabled.add(rule.info().id()));
        for (Rule rule : rules) {
            java.util.Set<String> weaker = new java.util.TreeSet<>(List.of(rule.info().supersedes()));
            weaker.retainAll(enabled);
            if (!weaker.isEmpty()) {
                supersedes.put(rule.info().id(), weaker);
            }
        }
        this.solvers = new SolverFactory(() -> SourceRoots.infer(files), request.classpath(), Parsing::configuration);
        this.libraries = new LibraryConstants(request.classpath());
        this.parsers = ThreadLocal.withInitial(() -> {
            ParserConfiguration configuration = Parsing.configuration();
            configuration.setSymbolResolver(new JavaSymbolSolver(solvers.newLazySolver()));
            return new JavaParser(configuration);
        });
        this.legacyParsers = ThreadLocal.withInitial(() -> {
            ParserConfiguration configuration = Parsing.legacyConfiguration();
            configuration.setSymbolResolver(new JavaSymbolSolver(solvers.newLazySolver()));
            return new JavaParser(configuration);
        });
        this.index = new ProjectIndex(files, xmlFiles, this::factsOnDemand);
        if (request.cacheFile() != null) {
            index.keepTextDigests();
            analyses.textIndexes().forEach(ProjectIndex::know);
            rules.forEach(rule -> rule.textIndexes().forEach(ProjectIndex::know));
        }
        java.util.function.LongConsumer sharedWork = nanos -> {
            Running check = running.get(Thread.currentThread());
            if (check != null) {
                check.exclude(nanos);
            }
        };
        index.onSharedWork(sharedWork);
        solvers.onSharedWork(sharedWork);
    }

    /**
     * Interrupts the rule checks that have run past the rule time budget on their file.
     * A check that waits or reads is stopped by it; the engine's own analyses poll it.
     */
    void interruptOverdue() {
        long now = System.nanoTime();
        running.forEach((thread, check) -> check.interruptIfOverdue(thread, now, ruleBudgetNanos));
    }

    /** Adds the time of a phase the caller ran (the cache's, say). */
    void addPhase(String name, long nanos) {
        otherPhases.merge(name, nanos, Long::sum);
    }

    /** A text index of the whole scan, built when first asked. */
    java.util.Set<String> textIndex(dev.backlint.api.TextIndexKind kind) {
        return index.textIndex(kind);
    }

    /** See {@link ProjectIndex#textDigests}. */
    Map<String, String> textDigests(SourceFile file) {
        return index.textDigests(file);
    }

    /** See {@link ProjectIndex#textDigest}. */
    java.util.Optional<String> textDigest(SourceFile file, String kindId) {
        return index.textDigest(file, kindId);
    }

    /** Rule id to the ids of the enabled rules it supersedes. */
    Map<String, java.util.Set<String>> supersedes() {
        return supersedes;
    }

    void countFromCache(int files) {
        filesFromCache = files;
    }

    /** Facts known from an earlier scan of an unchanged file. */
    void preload(SourceFile file, java.util.function.Supplier<FileFacts> facts) {
        index.preload(file, facts);
    }

    /** The kinds of facts extracted in this scan, by id. */
    Map<String, dev.backlint.api.FactKind<?>> factKinds() {
        return factKinds;
    }

    List<String> classpathProblems() {
        return solvers.problems();
    }

    /** The figures of the scan so far; {@code discoveryNanos} is measured by the caller. */
    Diagnostics diagnostics(long discoveryNanos) {
        Map<String, Long> phases = new TreeMap<>();
        phases.put("discovery", discoveryNanos);
        phases.put("read", readNanos.sum());
        phases.put("parse", parseNanos.sum());
        phases.put("facts", factsNanos.sum());
        phases.put("walk", walkNanos.sum());
        phases.put("resolution", resolutionNanos.sum());
        phases.putAll(otherPhases);
        Map<String, Long> rules = new TreeMap<>();
        ruleNanos.forEach((rule, nanos) -> rules.put(rule.info().id(), nanos.sum()));
        return new Diagnostics(resolutionMisses.sum(), index.onDemandParses(), filesFromCache, phases, rules);
    }

    /** Analyses one file; never throws. */
    FileOutcome analyse(SourceFile file) {
        Loaded loaded;
        try {
            loaded = load(file);
        } catch (OutOfMemoryError e) {
            return FileOutcome.failed(problem(file, 0, Notification.Kind.PARSE_ERROR,
                    "could not parse: too large for the memory the JVM was given (" + describe(e)
                            + "); give it more with -Xmx in BACKLINT_JAVA_OPTS, or lower --max-file-size"));
        } catch (RuntimeException | StackOverflowError e) {
            return FileOutcome.failed(problem(file, 0, Notification.Kind.PARSE_ERROR,
                    "could not parse: " + describe(e)));
        }
        if (loaded.outcome() != null) {
            return loaded.outcome();
        }
        CompilationUnit unit = loaded.unit();
        List<Notification> notifications = new ArrayList<>();
        if (!loaded.text().utf8()) {
            notifications.add(new Notification(Level.NOTE, file.uri(), 0, null, Notification.Kind.ENCODING,
                    "not valid UTF-8; read as ISO-8859-1"));
        }
        long factsStart = System.nanoTime();
        FileFacts facts = index.facts(file, () -> FactExtractor.extract(unit, factKindList, request.options()));
        Dependencies.Recorder recorder = new Dependencies.Recorder(file);
        index.startRecording(recorder);
        long walkStart = System.nanoTime();
        factsNanos.add(walkStart - factsStart);
        FileRun run = new FileRun(file, unit, loaded.text(), new FileProject(index, file, facts, libraries, request.options()), analyses,
                dispatcher, resolutionMisses, resolutionNanos);
        // per rule of this file, by the rule's index: time spent, and whether it was stopped
        long[] spent = new long[ruleList.size()];
        boolean[] failedRules = new boolean[ruleList.size()];
        Running check = running.computeIfAbsent(Thread.currentThread(), thread -> new Running());
        try {
            dev.backlint.api.Trees.walk(unit, node -> {
                for (Dispatcher.Handler handler : dispatcher.handlersFor(node)) {
                    int rule = handler.ruleIndex();
                    if (failedRules[rule]) {
                        continue;
                    }
                    long before = spent[rule];
                    check.begin(before);
                    Throwable failure = null;
                    try {
                        run.check(handler, node);
                    } catch (RuntimeException | StackOverflowError e) {
                        failure = e;
                    } finally {
                        spent[rule] = before + check.end();
                        Thread.interrupted(); // an interrupt meant for this check must not reach the next
                    }
                    if (failure == null && spent[rule] <= ruleBudgetNanos) {
                        continue;
                    }
                    int line = node.getBegin().map(p -> p.line).orElse(0);
                    if (spent[rule] > ruleBudgetNanos) {
                        failedRules[rule] = true;
                        run.discard(handler.info().id());
                        notifications.add(new Notification(Level.ERROR, file.uri(), line, handler.info().id(),
                                Notification.Kind.RULE_FAILURE, "rule " + handler.info().id()
                                        + " ran past its time budget of " + seconds(ruleBudgetNanos)
                                        + " on this file and was stopped for it; its findings here are left out"));
                    } else if (failure != null) {
                        failedRules[rule] = true;
                        notifications.add(new Notification(Level.ERROR, file.uri(), line, handler.info().id(),
                                Notification.Kind.RULE_FAILURE,
                                "rule " + handler.info().id() + " failed on this file and was stopped for it: "
                                        + describe(failure)));
                    }
                }
            });
        } catch (StackOverflowError e) {
            notifications.add(problem(file, 0, Notification.Kind.PARSE_ERROR,
                    "nested too deeply to analyse: " + describe(e)));
            return new FileOutcome(List.of(), notifications, false, true, loaded.text().lineCount(), facts, null, null);
        } finally {
            index.stopRecording();
            walkNanos.add(System.nanoTime() - walkStart);
            for (int rule = 0; rule < spent.length; rule++) {
                if (spent[rule] > 0) {
                    ruleNanos.get(ruleList.get(rule)).add(spent[rule]);
                }
            }
        }
        // the shape tells a later scan whether an edit of this file can change what other files resolve
        String shape = request.cacheFile() == null ? null : Shapes.digest(loaded.text(), unit);
        return new FileOutcome(run.findings(supersedes), notifications, true, false, loaded.text().lineCount(), facts,
                recorder.build(run.askedSolver()), shape);
    }

    /** A file's text and tree, or the outcome that replaces its analysis. */
    private record Loaded(SourceText text, CompilationUnit unit, FileOutcome outcome) {
    }

    private Loaded load(SourceFile file) {
        java.lang.ref.SoftReference<Loaded> ahead = parsedAhead.remove(file.file());
        Loaded early = ahead == null ? null : ahead.get();
        if (early != null) {
            // parsed on another thread, perhaps: the tree answers to this thread's symbol resolver
            parsers.get().getParserConfiguration().getSymbolResolver()
                    .ifPresent(resolver -> early.unit().setData(Node.SYMBOL_RESOLVER_KEY, resolver));
            return early;
        }
        long size;
        byte[] bytes;
        long readStart = System.nanoTime();
        try {
            size = Files.size(file.file());
            if (size > request.maxFileBytes()) {
                return new Loaded(null, null, FileOutcome.skipped(Notification.skipped(file.uri(),
                        "skipped: " + size + " bytes is over the limit of " + request.maxFileBytes() + " bytes")));
            }
            bytes = Files.readAllBytes(file.file());
        } catch (IOException e) {
            return new Loaded(null, null, FileOutcome.failed(problem(file, 0, Notification.Kind.READ_ERROR,
                    "could not read: " + describe(e))));
        }
        if (looksBinary(bytes)) {
            readNanos.add(System.nanoTime() - readStart);
            return new Loaded(null, null, FileOutcome.skipped(Notification.skipped(file.uri(),
                    "skipped: binary content (a NUL byte near the start), not Java source text")));
        }
        SourceText text = SourceText.decode(bytes);
        long parseStart = System.nanoTime();
        readNanos.add(parseStart - readStart);
        ParseResult<CompilationUnit> result = parse(text.text());
        parseNanos.add(System.nanoTime() - parseStart);
        if (!result.isSuccessful() || result.getResult().isEmpty()) {
            Optional<Problem> first = result.getProblems().stream().findFirst();
            int line = first.flatMap(Problem::getLocation)
                    .flatMap(range -> range.toRange())
                    .map(range -> range.begin.line)
                    .orElse(0);
            String message = first.map(Problem::getMessage).orElse("unknown parse error");
            return new Loaded(text, null, FileOutcome.failed(problem(file, line, Notification.Kind.PARSE_ERROR,
                    "could not parse: " + firstLine(message))));
        }
        return new Loaded(text, result.getResult().get(), null);
    }

    /**
     * The file's tree at the newest Java level; a file that level refuses is tried once more
     * at Java 8's, which still allows what later releases took away (an identifier named
     * {@code _}). The first answer stands when the second does not parse either.
     */
    private ParseResult<CompilationUnit> parse(String text) {
        ParseResult<CompilationUnit> result = parsers.get().parse(text);
        if (result.isSuccessful() && result.getResult().isPresent()) {
            return result;
        }
        ParseResult<CompilationUnit> legacy = legacyParsers.get().parse(text);
        return legacy.isSuccessful() && legacy.getResult().isPresent() ? legacy : result;
    }

    /** A NUL byte among the first 8 KiB: no Java source has one outside a literal or comment. */
    private static boolean looksBinary(byte[] bytes) {
        for (int i = 0, end = Math.min(bytes.length, 8192); i < end; i++) {
            if (bytes[i] == 0) {
                return true;
            }
        }
        return false;
    }

    private FileFacts factsOnDemand(SourceFile file) {
        try {
            if (Files.size(file.file()) > request.maxFileBytes()) {
                return FileFacts.empty();
            }
            byte[] bytes = Files.readAllBytes(file.file());
            SourceText text = SourceText.decode(bytes);
            ParseResult<CompilationUnit> result = parse(text.text());
            if (result.getResult().isEmpty()) {
                return FileFacts.empty();
            }
            CompilationUnit unit = result.getResult().get();
            FileFacts facts = FactExtractor.extract(unit, factKindList, request.options());
            // kept only for what its own turn would analyse: a tree that parsed cleanly, of text
            if (result.isSuccessful() && !looksBinary(bytes) && parsedAhead.size() < MAX_PARSED_AHEAD) {
                parsedAhead.put(file.file(), new java.lang.ref.SoftReference<>(new Loaded(text, unit, null)));
            }
            return facts;
        } catch (IOException | RuntimeException | StackOverflowError e) {
            return FileFacts.empty();
        }
    }

    private static String seconds(long nanos) {
        long millis = nanos / 1_000_000;
        return millis % 1000 == 0 ? millis / 1000 + " s" : millis + " ms";
    }

    private static Notification problem(SourceFile file, int line, Notification.Kind kind, String message) {
        return new Notification(Level.ERROR, file.uri(), line, null, kind, message);
    }

    private static String describe(Throwable e) {
        String message = e.getMessage();
        return e.getClass().getSimpleName() + (message == null ? "" : ": " + firstLine(message));
    }

    private static String firstLine(String message) {
        String line = message.strip().lines().findFirst().orElse("").strip();
        return line.length() > MAX_MESSAGE ? line.substring(0, MAX_MESSAGE) + "…" : line;
    }
}
