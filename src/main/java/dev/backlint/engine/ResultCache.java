package dev.backlint.engine;

import dev.backlint.api.FactKind;
import dev.backlint.api.Rule;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.LongSummaryStatistics;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The results of an earlier scan, kept on disk so that a rescan analyses only the
 * files that changed and those whose results depend on them. A cached result is reused
 * when the file's content is the same (size and modification time, else its hash) and
 * nothing it read of other files changed; the whole cache is dropped when the tool
 * build, the rules or any setting that shapes results differ.
 *
 * <p>Each file's result is kept as an encoded blob ({@link OutcomeCodec}), decoded only
 * when used and written back unchanged when reused.
 */
final class ResultCache {

    private static final int MAGIC = 0x424c4333; // "BLC3"

    /**
     * One file as of the last scan.
     *
     * @param outcome its encoded result, or {@code null} for a file that was not analysed
     *                (a test source, say) but whose content others may read
     * @param texts   digests of what the file says for the text indexes, by kind id (those known)
     */
    record Entry(String path, long size, long modified, String hash, byte[] outcome, Map<String, String> texts) {

        Entry {
            texts = Map.copyOf(texts);
        }

        /** The cached result without the file's facts. */
        FileOutcome decodeResult() throws IOException {
            return OutcomeCodec.decodeWithoutFacts(outcome);
        }

        /** The file's facts, or {@code null}. */
        FileFacts decodeFacts(Map<String, FactKind<?>> kinds) {
            try {
                return OutcomeCodec.decodeFacts(outcome, kinds);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        Entry withStat(long newSize, long newModified) {
            return new Entry(path, newSize, newModified, hash, outcome, texts);
        }

        /** The entry with these digests as well (they describe the same content). */
        Entry withTexts(Map<String, String> more) {
            if (more.isEmpty() || texts.entrySet().containsAll(more.entrySet())) {
                return this;
            }
            Map<String, String> all = new HashMap<>(texts);
            all.putAll(more);
            return new Entry(path, size, modified, hash, outcome, all);
        }
    }

    /**
     * The state of the files of this scan against the cache.
     *
     * @param unchanged files whose content is the cached one, with their entry
     * @param decoded   the cached results of the unchanged files that were analysed
     * @param changed   the paths of the files added, removed or edited since the cache
     * @param edited    the cached results (without facts) of the edited files that were analysed
     * @param dirty     whether the cache file needs writing even if nothing is reanalysed
     */
    record Comparison(Map<String, Entry> unchanged, Map<String, FileOutcome> decoded, Set<String> changed,
                      Map<String, FileOutcome> edited, boolean dirty) {

        /**
         * The paths of the cached results that are still valid, given the edited files
         * whose shape is the one cached ({@code sameShape}): such an edit changes what
         * other files read of the file's facts and text, not the types they resolve. The
         * text indexes in {@code sameTexts} are what they were: every changed file says the
         * same for them as before.
         */
        Set<String> reusable(Set<String> sameShape, Set<String> sameTexts) {
            Set<String> reshaped = new HashSet<>(changed);
            reshaped.removeAll(sameShape);
            Set<String> reshapedNames = new HashSet<>();
            Set<String> reshapedFolders = new HashSet<>();
            for (String path : reshaped) {
                Path reshapedFile = Path.of(path);
                reshapedNames.add(reshapedFile.getFileName().toString());
                reshapedFolders.add(String.valueOf(reshapedFile.getParent()));
            }
            Set<String> reusable = new HashSet<>();
            for (Map.Entry<String, FileOutcome> result : decoded.entrySet()) {
                Dependencies read = result.getValue().dependencies();
                boolean valid = !(read.everyFile() && !changed.isEmpty() && !sameTexts.containsAll(read.textKinds()))
                        && !(read.solver() && !reshaped.isEmpty())
                        && disjoint(read.factsOf(), changed)
                        && disjoint(read.fileNames(), reshapedNames)
                        && disjoint(read.folders(), reshapedFolders);
                if (valid) {
                    reusable.add(result.getKey());
                }
            }
            return reusable;
        }
    }

    private final Path file;
    private final String key;

    ResultCache(Path file, String key) {
        this.file = file;
        this.key = key;
    }

    /**
     * The key of what shapes results: the build of the engine and of each rule, the rule
     * set and the settings. A change of any drops the cache.
     */
    static String key(ScanRequest request, Path reportRoot, List<Rule> rules) {
        StringBuilder settings = new StringBuilder()
                .append(Backlint.version()).append('\n')
                .append(build(ResultCache.class)).append('\n');
        for (Rule rule : rules) {
            settings.append(rule.info().id()).append('=').append(build(rule.getClass())).append('\n');
        }
        settings.append(reportRoot).append('\n')
                .append(request.includeTests()).append('\n')
                .append(request.maxFileBytes()).append('\n')
                .append(request.options()).append('\n');
        // a jar by its name and size: a CI cache restores the cache file and the local repository
        // with other times, and a jar's name carries its version
        for (Path entry : request.classpath()) {
            Path name = entry.getFileName();
            settings.append(name == null ? entry.toString() : name.toString());
            try {
                settings.append(':').append(Files.size(entry));
            } catch (IOException e) {
                settings.append(":missing");
            }
            settings.append('\n');
        }
        return sha256(settings.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** The digests of the jars classes came from, read once. */
    private static final Map<Path, String> JAR_DIGESTS = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * Identifies the build a class comes from: its jar's content (the same jar downloaded
     * again is the same build), or for a class folder the newest time and the number of
     * its files.
     */
    private static String build(Class<?> type) {
        try {
            Path location = Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (Files.isRegularFile(location)) {
                return JAR_DIGESTS.computeIfAbsent(location, jar -> {
                    try {
                        return hash(jar);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            }
            try (Stream<Path> files = Files.walk(location)) {
                LongSummaryStatistics times = files.filter(Files::isRegularFile)
                        .mapToLong(file -> file.toFile().lastModified())
                        .summaryStatistics();
                return location + ":" + times.getCount() + ":" + times.getMax();
            }
        } catch (IOException | URISyntaxException | RuntimeException e) {
            return "unknown:" + System.nanoTime();
        }
    }

    /** The entries of the last scan with the same key, by absolute path; empty when there is none. */
    Map<String, Entry> load() {
        if (!Files.isRegularFile(file)) {
            return Map.of();
        }
        Kept kept = lastKept;
        if (kept != null && kept.matches(file, key)) {
            return kept.entries();
        }
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
            if (in.readInt() != MAGIC || !OutcomeCodec.readString(in).equals(key)) {
                return Map.of();
            }
            int count = in.readInt();
            Map<String, Entry> entries = new HashMap<>(count * 2);
            for (int i = 0; i < count; i++) {
                String path = OutcomeCodec.readString(in);
                long size = in.readLong();
                long modified = in.readLong();
                String hash = OutcomeCodec.readString(in);
                int length = in.readInt();
                byte[] outcome = length < 0 ? null : in.readNBytes(length);
                int textCount = in.readInt();
                Map<String, String> texts = new HashMap<>(textCount * 2);
                for (int t = 0; t < textCount; t++) {
                    texts.put(OutcomeCodec.readString(in), OutcomeCodec.readString(in));
                }
                entries.put(path, new Entry(path, size, modified, hash, outcome, texts));
            }
            return entries;
        } catch (IOException | RuntimeException | OutOfMemoryError e) {
            // unreadable, truncated or from another version: scan cold
            return Map.of();
        }
    }

    /** Writes the entries, sorted by path, replacing the file in one step. */
    void save(Map<String, Entry> entries) throws IOException {
        List<Entry> sorted = new ArrayList<>(entries.values());
        sorted.sort(Comparator.comparing(Entry::path));
        Path parent = file.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Path temporary = Files.createTempFile(parent, file.getFileName().toString(), ".tmp");
        try {
            try (DataOutputStream out = new DataOutputStream(
                    new BufferedOutputStream(Files.newOutputStream(temporary), 1 << 16))) {
                out.writeInt(MAGIC);
                OutcomeCodec.writeString(out, key);
                out.writeInt(sorted.size());
                for (Entry entry : sorted) {
                    OutcomeCodec.writeString(out, entry.path());
                    out.writeLong(entry.size());
                    out.writeLong(entry.modified());
                    OutcomeCodec.writeString(out, entry.hash());
                    out.writeInt(entry.outcome() == null ? -1 : entry.outcome().length);
                    if (entry.outcome() != null) {
                        out.write(entry.outcome());
                    }
                    out.writeInt(entry.texts().size());
                    for (Map.Entry<String, String> text : new java.util.TreeMap<>(entry.texts()).entrySet()) {
                        OutcomeCodec.writeString(out, text.getKey());
                        OutcomeCodec.writeString(out, text.getValue());
                    }
                }
            }
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temporary);
        }
        BasicFileAttributes written = Files.readAttributes(file, BasicFileAttributes.class);
        lastKept = new Kept(file.toAbsolutePath(), key, written.size(), written.lastModifiedTime().toMillis(),
                Map.copyOf(entries));
    }

    /**
     * The entries this process last wrote, with the cache file's size and time then: a
     * process that scans again and again (the language server) reads the file only when
     * another process has written it since.
     */
    private static volatile Kept lastKept;

    private record Kept(Path file, String key, long size, long modified, Map<String, Entry> entries) {
        boolean matches(Path other, String otherKey) {
            try {
                BasicFileAttributes now = Files.readAttributes(other, BasicFileAttributes.class);
                return file.equals(other.toAbsolutePath()) && key.equals(otherKey) && now.size() == size
                        && now.lastModifiedTime().toMillis() == modified;
            } catch (IOException e) {
                return false;
            }
        }
    }

    /**
     * Compares the scan's files with the cache: which are unchanged, and which of those
     * have a result that is still valid.
     */
    static Comparison compare(List<SourceFile> files, Map<String, Entry> cached) {
        Map<String, Entry> unchanged = new HashMap<>();
        Set<String> changed = new HashSet<>();
        Set<String> present = new HashSet<>();
        boolean statChanged = false;
        for (SourceFile file : files) {
            String path = file.file().toString();
            present.add(path);
            Entry entry = cached.get(path);
            Optional<Entry> now = entry == null ? Optional.empty() : stillTheSame(file, entry);
            if (now.isPresent()) {
                unchanged.put(path, now.get());
                statChanged |= now.get() != entry;
            } else {
                changed.add(path);
            }
        }
        for (String path : cached.keySet()) {
            if (!present.contains(path)) {
                changed.add(path);
            }
        }
        Map<String, FileOutcome> decoded = new HashMap<>();
        for (Entry entry : unchanged.values()) {
            decode(entry).ifPresent(outcome -> decoded.put(entry.path(), outcome));
        }
        Map<String, FileOutcome> edited = new HashMap<>();
        for (String path : changed) {
            Entry entry = cached.get(path);
            if (entry != null && present.contains(path)) {
                decode(entry).ifPresent(outcome -> edited.put(path, outcome));
            }
        }
        return new Comparison(unchanged, decoded, changed, edited, statChanged || !changed.isEmpty());
    }

    /** The cached result of an entry without its facts; empty for a file that was not analysed. */
    private static Optional<FileOutcome> decode(Entry entry) {
        if (entry.outcome() == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(entry.decodeResult());
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static boolean disjoint(Set<String> a, Set<String> b) {
        for (String item : a) {
            if (b.contains(item)) {
                return false;
            }
        }
        return true;
    }

    /** The entry with the file's current size and time, if its content is the cached one. */
    private static Optional<Entry> stillTheSame(SourceFile file, Entry entry) {
        try {
            long size = file.size();
            long modified = file.modified();
            if (size < 0 || modified < 0) {
                BasicFileAttributes attributes = Files.readAttributes(file.file(), BasicFileAttributes.class);
                size = attributes.size();
                modified = modified(attributes);
            }
            if (size != entry.size()) {
                return Optional.empty();
            }
            if (modified == entry.modified()) {
                return Optional.of(entry);
            }
            return hash(file.file()).equals(entry.hash()) ? Optional.of(entry.withStat(size, modified)) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** A new entry for a file just read, or empty when it cannot be read any more. */
    static Optional<Entry> entry(SourceFile file, FileOutcome outcome, Map<String, FactKind<?>> kinds,
                                 Map<String, String> texts) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(file.file(), BasicFileAttributes.class);
            return Optional.of(new Entry(file.file().toString(), attributes.size(), modified(attributes),
                    hash(file.file()), outcome == null ? null : OutcomeCodec.encode(outcome, kinds), texts));
        } catch (IOException | UncheckedIOException e) {
            return Optional.empty();
        }
    }

    private static long modified(BasicFileAttributes attributes) {
        return attributes.lastModifiedTime().to(TimeUnit.MICROSECONDS);
    }

    private static String hash(Path path) throws IOException {
        return sha256(Files.readAllBytes(path));
    }

    /** The SHA-256 digest of {@code bytes}, in hexadecimal. */
    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
