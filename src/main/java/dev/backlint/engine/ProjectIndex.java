package dev.backlint.engine;

import dev.backlint.api.ModelOptions;
import dev.backlint.engine.FileFacts.ConstantExpr;
import dev.backlint.engine.FileFacts.TypeFacts;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * The facts of the scanned files, for questions that cross files (the value of a
 * constant declared elsewhere, say). Each file's facts are computed at most once per
 * scan: from the file's own analysis, or on demand (the file is then parsed, its facts
 * kept and its tree dropped). Answers never depend on which came first.
 *
 * <p>A type is found without parsing through its file name (package folder + type name)
 * and, for types declared in files of other names, among the files of the asking
 * file's folder that mention it.
 */
public final class ProjectIndex {

    private static final int MAX_DEPTH = 32;
    /** Types of java.lang that scanned code names most: no file of another name is searched for them. */
    private static final Set<String> JAVA_LANG = Set.of("String", "Object", "Integer", "Long", "Boolean", "Class",
            "StringBuilder", "Throwable", "Exception", "RuntimeException", "Character", "Double", "Thread",
            "CharSequence", "Number", "Enum", "Iterable", "ClassLoader", "System", "Math", "Byte", "Short", "Float",
            "Runnable", "Comparable", "Cloneable", "AutoCloseable", "Record", "Error", "Void", "Appendable",
            "IllegalArgumentException", "IllegalStateException", "UnsupportedOperationException");
    /** Files larger than this have the text facts of an empty file. */
    private static final long MAX_TEXT_BYTES = 4L << 20;

    private final Map<String, List<SourceFile>> filesByName = new HashMap<>();
    private final Map<Path, List<SourceFile>> filesByFolder = new HashMap<>();
    private final Map<Path, CompletableFuture<FileFacts>> facts = new ConcurrentHashMap<>();
    private final Map<Path, java.util.function.Supplier<FileFacts>> preloaded = new ConcurrentHashMap<>();
    private final Map<Path, Map<String, List<SourceFile>>> declarationsByFolder = new ConcurrentHashMap<>();
    private final Map<String, Object> textFacts = new ConcurrentHashMap<>();
    private final Map<String, java.util.Set<String>> textIndexes = new ConcurrentHashMap<>();
    /**
     * The kinds of text index asked for in this process, by id: what lets a later scan
     * work out what an edited file now says for an index it has not built itself.
     */
    private static final Map<String, dev.backlint.api.TextIndexKind> KINDS_SEEN = new ConcurrentHashMap<>();
    /** Digests of what each file says for each index, by file and kind id; kept only when asked for. */
    private final Map<Path, Map<String, String>> textDigests = new ConcurrentHashMap<>();
    private volatile boolean keepTextDigests;
    private final Function<SourceFile, FileFacts> onDemand;
    private final List<SourceFile> xmlFiles;
    private final AtomicInteger onDemandParses = new AtomicInteger();
    /** Told how long a thread spent on facts of other files (parsing them, or waiting for them). */
    /** The facts of lazy kinds worked out in this scan, by kind and file. */
    private final Map<String, Optional<Object>> lazyFacts = new java.util.concurrent.ConcurrentHashMap<>();
    private volatile java.util.function.LongConsumer sharedWork = nanos -> { };

    /** What the file being analysed on this thread reads of other files, when recorded. */
    private final ThreadLocal<Dependencies.Recorder> recorder = new ThreadLocal<>();

    /** A type of the scanned sources with the facts of its file. */
    public record Declared(SourceFile file, FileFacts fileFacts, TypeFacts type) implements dev.backlint.api.ScannedType {

        @Override
        public String qualifiedName() {
            return type.qualifiedName();
        }

        @Override
        public String kind() {
            return type.kind();
        }

        @Override
        public List<String> annotations() {
            return type.annotations();
        }

        @Override
        public List<String> supertypes() {
            return type.supertypes();
        }

        @Override
        public Map<String, String> fields() {
            return type.fields();
        }

        @Override
        public Set<String> stringMethods() {
            return type.stringMethods();
        }

        @Override
        public Map<String, String> returnTypes() {
            return type.returnTypes();
        }

        @Override
        public Map<String, String> supertypeArguments() {
            return type.supertypeArguments();
        }

        @Override
        public String path() {
            return file == null ? "" : file.uri();
        }
    }

    /** An index of no files: what a file's own facts are extracted against. */
    static ProjectIndex empty() {
        return new ProjectIndex(List.of(), file -> FileFacts.empty());
    }

    /**
     * @param files    every discovered file
     * @param onDemand computes the facts of a file nobody has analysed yet (parses it)
     */
    public ProjectIndex(List<SourceFile> files, Function<SourceFile, FileFacts> onDemand) {
        this(files, List.of(), onDemand);
    }

    /**
     * @param files    every discovered Java file
     * @param xmlFiles the discovered XML files, read by the text indexes that ask for them
     * @param onDemand computes the facts of a file nobody has analysed yet (parses it)
     */
    public ProjectIndex(List<SourceFile> files, List<SourceFile> xmlFiles, Function<SourceFile, FileFacts> onDemand) {
        this.xmlFiles = List.copyOf(xmlFiles);
        for (SourceFile file : files) {
            filesByName.computeIfAbsent(file.file().getFileName().toString(), k -> new ArrayList<>()).add(file);
            filesByFolder.computeIfAbsent(file.file().getParent(), k -> new ArrayList<>()).add(file);
        }
        this.onDemand = onDemand;
    }

    /**
     * The facts of {@code file}, computed by {@code compute} unless they are known or
     * being computed already.
     */
    public FileFacts facts(SourceFile file, java.util.function.Supplier<FileFacts> compute) {
        CompletableFuture<FileFacts> mine = new CompletableFuture<>();
        CompletableFuture<FileFacts> existing = facts.putIfAbsent(file.file(), mine);
        if (existing != null) {
            return existing.join();
        }
        FileFacts computed;
        java.util.function.Supplier<FileFacts> known = preloaded.get(file.file());
        try {
            computed = known != null ? known.get() : null;
            if (computed == null) {
                computed = compute.get();
            }
        } catch (RuntimeException | StackOverflowError e) {
            computed = FileFacts.empty();
        }
        mine.complete(computed);
        return computed;
    }

    /** Facts of a file known from the cache of an earlier scan, read when first asked for. */
    void preload(SourceFile file, java.util.function.Supplier<FileFacts> known) {
        preloaded.put(file.file(), known);
    }

    /** Records, on this thread, what the index reads for {@code recording} until {@link #stopRecording}. */
    void startRecording(Dependencies.Recorder recording) {
        recorder.set(recording);
    }

    void stopRecording() {
        recorder.remove();
    }

    private void record(java.util.function.Consumer<Dependencies.Recorder> what) {
        Dependencies.Recorder current = recorder.get();
        if (current != null) {
            what.accept(current);
        }
    }

    /** How many files were parsed only to answer questions of other files. */
    public int onDemandParses() {
        return onDemandParses.get();
    }

    private FileFacts facts(SourceFile file) {
        record(r -> r.facts(file));
        long start = System.nanoTime();
        try {
            return facts(file, () -> {
                onDemandParses.incrementAndGet();
                return onDemand.apply(file);
            });
        } finally {
            sharedWork.accept(System.nanoTime() - start);
        }
    }

    /**
     * Tells {@code listener}, on the asking thread, how long each question about another
     * file's facts took: work for the whole scan, not for the rule that asked.
     */
    void onSharedWork(java.util.function.LongConsumer listener) {
        sharedWork = listener;
    }

    /** The scanned type of that qualified name, if any. */
    public Optional<Declared> type(String qualifiedName, SourceFile near) {
        Optional<Declared> named = byFileName(qualifiedName);
        return named.isPresent() ? named : bySibling(qualifiedName, near);
    }

    /** The scanned type of that qualified name in the file named for it (or for its outermost type). */
    private Optional<Declared> byFileName(String qualifiedName) {
        for (SourceFile candidate : filesNamedFor(qualifiedName)) {
            Optional<Declared> found = declaredIn(candidate, qualifiedName);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    /**
     * The files named for a qualified name, {@code a/b/Type.java} for {@code a.b.Type} or
     * {@code a.b.Type.Nested}, innermost name first; found by names alone.
     */
    private List<SourceFile> filesNamedFor(String qualifiedName) {
        List<SourceFile> files = new ArrayList<>(1);
        String[] segments = qualifiedName.split("\\.");
        for (int top = segments.length - 1; top >= 0; top--) {
            String fileName = segments[top] + ".java";
            record(r -> r.fileName(fileName));
            List<SourceFile> named = filesByName.get(fileName);
            if (named == null) {
                continue; // most segments (org, springframework, util) name no file
            }
            String pkg = String.join("/", java.util.Arrays.copyOfRange(segments, 0, top));
            for (SourceFile candidate : named) {
                if (pkg.isEmpty() || candidate.file().getParent().endsWith(pkg)) {
                    files.add(candidate);
                }
            }
        }
        return files;
    }

    /** The scanned type of that qualified name declared in a file of another name in the folder of {@code near}. */
    private Optional<Declared> bySibling(String qualifiedName, SourceFile near) {
        if (near == null) {
            return Optional.empty();
        }
        String simpleName = qualifiedName.substring(qualifiedName.lastIndexOf('.') + 1);
        for (SourceFile sibling : declarationsIn(near.file().getParent()).getOrDefault(simpleName, List.of())) {
            Optional<Declared> found = declaredIn(sibling, qualifiedName);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    /**
     * The files of a folder by the names of the types they seem to declare, read from
     * their text once per scan without parsing (for types in files of other names).
     */
    private Map<String, List<SourceFile>> declarationsIn(Path folder) {
        record(r -> r.folder(folder));
        return declarationsByFolder.computeIfAbsent(folder, key -> {
            Map<String, List<SourceFile>> byName = new HashMap<>();
            for (SourceFile file : filesByFolder.getOrDefault(key, List.of())) {
                for (String name : declaredNames(file)) {
                    byName.computeIfAbsent(name, k -> new ArrayList<>()).add(file);
                }
            }
            return byName;
        });
    }

    private static Set<String> declaredNames(SourceFile file) {
        Set<String> names = new HashSet<>();
        try {
            TypeNamesInText.forEach(new String(Files.readAllBytes(file.file()), StandardCharsets.UTF_8), names::add);
        } catch (IOException | OutOfMemoryError e) {
            // unreadable: its types are not found, like any type outside the scan
        }
        return names;
    }

    private Optional<Declared> declaredIn(SourceFile file, String qualifiedName) {
        FileFacts fileFacts = facts(file);
        TypeFacts type = fileFacts.types().get(qualifiedName);
        return type == null ? Optional.empty() : Optional.of(new Declared(file, fileFacts, type));
    }

    /**
     * The file named for the type {@code written} stands for, if the scan has one: by its
     * qualified name, or (for a name of the file's own package that is not imported) the file
     * of that name in the folder of {@code file}, whatever the folder's path says. No other
     * file is read.
     */
    public Optional<SourceFile> namedFile(SourceFile file, FileFacts context, String enclosing, String written) {
        Optional<SourceFile> named = namedForQualifiedName(context, enclosing, written);
        if (named.isPresent() || !inOtherFile(context, written)) {
            return named;
        }
        String fileName = firstName(written) + ".java";
        record(r -> r.fileName(fileName));
        return filesByName.getOrDefault(fileName, List.of()).stream()
                .filter(candidate -> candidate.file().getParent().equals(file.file().getParent())).findFirst();
    }

    /**
     * The file that {@link #resolveType} would read the type from, found by file and
     * folder names alone: nothing is parsed (the folder's files are read for the types they
     * declare under other names).
     */
    public Optional<SourceFile> declaringFile(SourceFile file, FileFacts context, String enclosing, String written) {
        Optional<SourceFile> named = namedForQualifiedName(context, enclosing, written);
        if (named.isPresent() || !inOtherFile(context, written)) {
            return named;
        }
        List<SourceFile> siblings = declarationsIn(file.file().getParent()).getOrDefault(firstName(written), List.of());
        return siblings.isEmpty() ? Optional.empty() : Optional.of(siblings.get(0));
    }

    private Optional<SourceFile> namedForQualifiedName(FileFacts context, String enclosing, String written) {
        for (String candidate : typeNames(context, enclosing, written)) {
            List<SourceFile> named = filesNamedFor(candidate);
            if (!named.isEmpty()) {
                return Optional.of(named.get(0));
            }
        }
        return Optional.empty();
    }

    private static String firstName(String written) {
        return written.indexOf('.') < 0 ? written : written.substring(0, written.indexOf('.'));
    }

    /**
     * Whether {@code written} may name a type of the file's package declared in a file of
     * another name (or one nested in it): its first name is not imported by name (which would
     * shadow it) and not one of java.lang's.
     */
    private static boolean inOtherFile(FileFacts context, String written) {
        String first = written.indexOf('.') < 0 ? written : written.substring(0, written.indexOf('.'));
        return !JAVA_LANG.contains(first) && context.imports().stream()
                .noneMatch(i -> !i.startsWith("static ") && i.endsWith("." + first));
    }

    /**
     * The names {@code kind} reads from the text of every scanned file, read once per scan;
     * whoever asks depends on every file.
     */
    public java.util.Set<String> textIndex(dev.backlint.api.TextIndexKind kind) {
        record(r -> r.textKind(kind.id()));
        KINDS_SEEN.putIfAbsent(kind.id(), kind);
        java.util.Set<String> known = textIndexes.get(kind.id());
        if (known != null) {
            return known;
        }
        synchronized (textIndexes) {
            // one reading at a time: a thread that waited finds what it asks for built
            known = textIndexes.get(kind.id());
            if (known != null) {
                return known;
            }
            List<dev.backlint.api.TextIndexKind> group = new ArrayList<>();
            group.add(kind);
            kind.readWith().stream().filter(other -> !textIndexes.containsKey(other.id())
                    && group.stream().noneMatch(k -> k.id().equals(other.id()))).forEach(group::add);
            // each file read once for the group, in parallel: every analysis that asks waits for it
            boolean readJava = group.stream().anyMatch(dev.backlint.api.TextIndexKind::readsJava);
            List<SourceFile> read = new ArrayList<>(readJava
                    ? filesByName.values().stream().flatMap(List::stream).toList() : List.of());
            List<List<java.util.Set<String>>> perFile = read.parallelStream().map(file -> {
                        String text = text(file);
                        List<java.util.Set<String>> found = new ArrayList<>(group.size());
                        for (dev.backlint.api.TextIndexKind each : group) {
                            found.add(said(each, file, text, false));
                        }
                        return found;
                    }).toList();
            if (group.stream().anyMatch(dev.backlint.api.TextIndexKind::readsXml)) {
                perFile = new ArrayList<>(perFile);
                read.addAll(xmlFiles);
                for (SourceFile file : xmlFiles) {
                    String text = text(file);
                    List<java.util.Set<String>> found = new ArrayList<>(group.size());
                    for (dev.backlint.api.TextIndexKind each : group) {
                        found.add(said(each, file, text, true));
                    }
                    perFile.add(found);
                }
            }
            if (keepTextDigests) {
                for (int f = 0; f < read.size(); f++) {
                    Map<String, String> digests = textDigests.computeIfAbsent(read.get(f).file(),
                            k -> new ConcurrentHashMap<>());
                    for (int g = 0; g < group.size(); g++) {
                        digests.put(group.get(g).id(), digest(perFile.get(f).get(g)));
                    }
                }
                if (!readJava) {
                    // the Java files say nothing for these indexes
                    String nothing = digest(java.util.Set.of());
                    filesByName.values().stream().flatMap(List::stream).forEach(file -> {
                        Map<String, String> digests = textDigests.computeIfAbsent(file.file(),
                                k -> new ConcurrentHashMap<>());
                        group.forEach(each -> digests.put(each.id(), nothing));
                    });
                }
            }
            for (int g = 0; g < group.size(); g++) {
                KINDS_SEEN.putIfAbsent(group.get(g).id(), group.get(g));
                java.util.TreeSet<String> all = new java.util.TreeSet<>(); // sorted: a kind may read a range of names
                for (List<java.util.Set<String>> file : perFile) {
                    all.addAll(file.get(g));
                }
                textIndexes.put(group.get(g).id(), java.util.Collections.unmodifiableNavigableSet(all));
            }
            return textIndexes.get(kind.id());
        }
    }

    /** Makes a kind of text index known before any scan asks for it: one an analysis or a rule declares. */
    static void know(dev.backlint.api.TextIndexKind kind) {
        KINDS_SEEN.putIfAbsent(kind.id(), kind);
    }

    /** Keeps a digest of what each file says for each index built from now on (for the result cache). */
    void keepTextDigests() {
        keepTextDigests = true;
    }

    /**
     * The digests of what {@code file} says for the indexes known of it in this scan, by
     * kind id: those built, and those asked of {@link #textDigest}.
     */
    Map<String, String> textDigests(SourceFile file) {
        Map<String, String> digests = textDigests.get(file.file());
        return digests == null ? Map.of() : Map.copyOf(digests);
    }

    /**
     * The digest of what {@code file} says for the index of that kind, read from the file
     * if this scan has not built the index; empty when the kind was never asked for in
     * this process.
     */
    Optional<String> textDigest(SourceFile file, String kindId) {
        Map<String, String> digests = textDigests.computeIfAbsent(file.file(), k -> new ConcurrentHashMap<>());
        String known = digests.get(kindId);
        if (known != null) {
            return Optional.of(known);
        }
        dev.backlint.api.TextIndexKind kind = KINDS_SEEN.get(kindId);
        if (kind == null) {
            return Optional.empty();
        }
        boolean xml = file.file().getFileName().toString().endsWith(".xml");
        String digest = digest(said(kind, file, text(file), xml));
        digests.put(kindId, digest);
        return Optional.of(digest);
    }

    /** What a file's text says for an index: nothing when the kind does not read the file's language. */
    private static java.util.Set<String> said(dev.backlint.api.TextIndexKind kind, SourceFile file, String text,
                                              boolean xml) {
        java.util.Set<String> names = new HashSet<>();
        if (xml ? kind.readsXml() : kind.readsJava()) {
            kind.collect(file.uri(), text, names);
        }
        return names;
    }

    private static String digest(java.util.Set<String> names) {
        List<String> sorted = new ArrayList<>(names);
        java.util.Collections.sort(sorted);
        return ResultCache.sha256(String.join("\0", sorted).getBytes(StandardCharsets.UTF_8)).substring(0, 32);
    }

    /** A file's text, or none when it cannot be read or is too large. */
    private static String text(SourceFile file) {
        try {
            return Files.size(file.file()) > MAX_TEXT_BYTES ? "" : SourceText.decode(Files.readAllBytes(file.file())).text();
        } catch (IOException | OutOfMemoryError | RuntimeException e) {
            return "";
        }
    }

    /**
     * The facts of a lazy kind of a file, worked out from its text the first time a file
     * asks for them in this scan; empty when the text does not parse. The time counts as
     * work for the whole scan, not for the rule that asked.
     */
    @SuppressWarnings("unchecked")
    public <F> Optional<F> lazyFacts(dev.backlint.api.FactKind<F> kind, SourceFile file, ModelOptions options) {
        record(r -> r.facts(file));
        String key = kind.id() + "\u0000" + file.file();
        Optional<Object> known = lazyFacts.get(key);
        if (known == null) {
            long start = System.nanoTime();
            try {
                known = Parsing.parse(text(file)).map(unit -> (Object) FactExtractor.extractLazy(unit, kind, options));
            } catch (RuntimeException | StackOverflowError e) {
                known = Optional.empty();
            } finally {
                sharedWork.accept(System.nanoTime() - start);
            }
            Optional<Object> raced = lazyFacts.putIfAbsent(key, known);
            known = raced != null ? raced : known;
        }
        return (Optional<F>) known;
    }

    /** The text facts of {@code kind} of a file, read once per scan; a file that cannot be read has those of no text. */
    @SuppressWarnings("unchecked")
    public <F> F textFacts(dev.backlint.api.TextFactKind<F> kind, SourceFile file) {
        record(r -> r.facts(file));
        return (F) textFacts.computeIfAbsent(kind.id() + "\u0000" + file.file(), key -> kind.extract(text(file)));
    }

    /**
     * What the type name {@code written} means in a file whose facts are {@code context},
     * inside the type {@code enclosing} (qualified; may be null): a type of the file or
     * nested in an enclosing type, an imported type, a type of the same package, or a
     * fully qualified name. Only scanned types are found.
     */
    public Optional<Declared> resolveType(SourceFile file, FileFacts context, String enclosing, String written) {
        List<String> candidates = typeNames(context, enclosing, written);
        for (String candidate : candidates) {
            Optional<Declared> found = byFileName(candidate);
            if (found.isPresent()) {
                return found;
            }
        }
        // only then a type of this package in a file of another name (the folder's files are read
        // to learn what they declare); not for a name imported by name or one of java.lang
        if (!inOtherFile(context, written)) {
            return Optional.empty();
        }
        for (String candidate : candidates) {
            Optional<Declared> found = bySibling(candidate, file);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    /**
     * The qualified names the type name {@code written} may stand for in a file with
     * these facts, inside {@code enclosing} (may be null), most likely first: a nested
     * type of an enclosing one, a single-type import, the file's package, a wildcard
     * import, and the name itself when it is dotted (fully qualified).
     */
    public static List<String> typeNames(FileFacts context, String enclosing, String written) {
        int dot = written.indexOf('.');
        String first = dot < 0 ? written : written.substring(0, dot);
        String rest = dot < 0 ? "" : written.substring(dot);
        List<String> names = new ArrayList<>();
        for (String candidate : candidates(context, enclosing, first)) {
            names.add(candidate + rest);
        }
        if (dot >= 0) {
            names.add(written);
        }
        return names;
    }

    private static List<String> candidates(FileFacts context, String enclosing, String simple) {
        List<String> names = new ArrayList<>();
        String dotted = "." + simple;
        for (String outer = enclosing; outer != null; outer = parentName(outer)) {
            String nested = outer + dotted;
            if (context.types().containsKey(nested)) {
                names.add(nested);
            }
            if (outer.endsWith(dotted) || outer.equals(simple)) {
                names.add(outer);
            }
        }
        for (String imported : context.imports()) {
            if (imported.endsWith(dotted) && !imported.startsWith("static ")) {
                names.add(imported);
            }
        }
        String pkg = context.packageName();
        names.add(pkg.isEmpty() ? simple : pkg + "." + simple);
        for (String imported : context.imports()) {
            if (!imported.startsWith("static ") && imported.endsWith(".*")) {
                names.add(imported.substring(0, imported.length() - 1) + simple);
            }
        }
        return names;
    }

    private static String parentName(String qualified) {
        int dot = qualified.lastIndexOf('.');
        return dot < 0 ? null : qualified.substring(0, dot);
    }

    /**
     * The compile-time value of the constant {@code name} of {@code owner} (a
     * {@code String}, boxed number, {@code Character} or {@code Boolean}), looking in its
     * supertypes too.
     */
    public Optional<Object> constant(Declared owner, String name) {
        return constant(owner, name, new HashSet<>(), 0);
    }

    /**
     * The value of the simple name {@code name} used inside {@code enclosing} of a file:
     * a constant of that type, its supertypes or outer types, or a static import.
     */
    public Optional<Object> constantByName(SourceFile file, FileFacts context, String enclosing, String name) {
        return nameValue(file, context, enclosing, name, new HashSet<>(), 0);
    }

    /** The value of {@code Type.name} as written in a file. */
    public Optional<Object> constantByQualifier(SourceFile file, FileFacts context, String enclosing,
                                                String qualifier, String name) {
        return resolveType(file, context, enclosing, qualifier).flatMap(owner -> constant(owner, name));
    }

    private Optional<Object> constant(Declared owner, String name, Set<String> visiting, int depth) {
        String key = owner.type().qualifiedName() + "#" + name;
        if (depth > MAX_DEPTH || !visiting.add(key)) {
            return Optional.empty();
        }
        try {
            return ownOrInherited(owner, name, visiting, depth);
        } finally {
            visiting.remove(key);
        }
    }

    private Optional<Object> ownOrInherited(Declared owner, String name, Set<String> visiting, int depth) {
        ConstantExpr expr = owner.type().constants().get(name);
        if (expr != null) {
            return evaluate(owner, expr, visiting, depth + 1);
        }
        for (String supertype : owner.type().supertypes()) {
            Optional<Declared> declared = resolveType(owner.file(), owner.fileFacts(),
                    parentName(owner.type().qualifiedName()), supertype);
            if (declared.isPresent()) {
                Optional<Object> value = constant(declared.get(), name, visiting, depth + 1);
                if (value.isPresent()) {
                    return value;
                }
            }
        }
        return Optional.empty();
    }

    private Optional<Object> nameValue(SourceFile file, FileFacts context, String enclosing, String name,
                                       Set<String> visiting, int depth) {
        for (String outer = enclosing; outer != null; outer = parentName(outer)) {
            TypeFacts type = context.types().get(outer);
            if (type == null) {
                break;
            }
            Optional<Object> value = constant(new Declared(file, context, type), name, visiting, depth + 1);
            if (value.isPresent()) {
                return value;
            }
        }
        for (String imported : context.imports()) {
            if (!imported.startsWith("static ")) {
                continue;
            }
            String member = imported.substring("static ".length());
            String owner = parentName(member);
            if (owner != null && (member.endsWith("." + name) || member.endsWith(".*"))) {
                Optional<Object> value = type(owner, file)
                        .flatMap(declared -> constant(declared, name, visiting, depth + 1));
                if (value.isPresent()) {
                    return value;
                }
            }
        }
        return Optional.empty();
    }

    private Optional<Object> evaluate(Declared owner, ConstantExpr expr, Set<String> visiting, int depth) {
        if (depth > MAX_DEPTH) {
            return Optional.empty();
        }
        String enclosing = owner.type().qualifiedName();
        if (expr instanceof ConstantExpr.Literal literal) {
            return Optional.of(literal.value());
        }
        if (expr instanceof ConstantExpr.Ref ref) {
            return ref.qualifier() == null
                    ? nameValue(owner.file(), owner.fileFacts(), enclosing, ref.name(), visiting, depth + 1)
                    : resolveType(owner.file(), owner.fileFacts(), enclosing, ref.qualifier())
                            .flatMap(declared -> constant(declared, ref.name(), visiting, depth + 1));
        }
        if (expr instanceof ConstantExpr.Arithmetic arithmetic) {
            return evaluate(owner, arithmetic.left(), visiting, depth + 1)
                    .flatMap(left -> evaluate(owner, arithmetic.right(), visiting, depth + 1)
                            .flatMap(right -> ConstantValues.binary(arithmetic.operator(), left, right)));
        }
        ConstantExpr.Plus plus = (ConstantExpr.Plus) expr;
        return evaluate(owner, plus.left(), visiting, depth + 1)
                .flatMap(left -> evaluate(owner, plus.right(), visiting, depth + 1)
                        .flatMap(right -> ConstantValues.plus(left, right)));
    }
}
