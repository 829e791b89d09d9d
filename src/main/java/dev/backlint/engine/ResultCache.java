package dev.backlint.engine;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The results of an earlier scan, kept on disk so that a rescan analyses only the
 * files that changed and those whose results depend on them. A cached result is reused
 * when the file's content is the same (size and modification time, else its hash) and
 * nothing it read of other files changed; the whole cache is dropped when the tool
 * version, the rules or any setting that shapes results differ.
 */
final class ResultCache {

    /** One file's cached result, as of its content at the time. */
    record Entry(String path, long size, long modified, String hash, FileOutcome outcome) implements Serializable {
    }

    private record Stored(String key, List<Entry> entries) implements Serializable {
    }

    /** The state of the files of this scan against the cache. */
    record Comparison(Map<String, Entry> reusable, Set<String> unchanged, Map<String, Entry> fresh) {
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
    static String key(ScanRequest request, Path reportRoot, List<dev.backlint.api.Rule> rules) {
        StringBuilder settings = new StringBuilder()
                .append(Backlint.version()).append('\n')
                .append(build(ResultCache.class)).append('\n');
        for (dev.backlint.api.Rule rule : rules) {
            settings.append(rule.info().id()).append('=').append(build(rule.getClass())).append('\n');
        }
        settings
                .append(reportRoot).append('\n')
                .append(request.includeTests()).append('\n')
                .append(request.maxFileBytes()).append('\n');
        for (Path entry : request.classpath()) {
            settings.append(entry.toAbsolutePath().normalize());
            try {
                BasicFileAttributes attributes = Files.readAttributes(entry, BasicFileAttributes.class);
                settings.append(':').append(attributes.size()).append(':').append(modified(attributes));
            } catch (IOException e) {
                settings.append(":missing");
            }
            settings.append('\n');
        }
        return sha256(settings.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /**
     * Identifies the build a class comes from: its jar's size and time, or for a class
     * folder the newest time and the number of its files.
     */
    private static String build(Class<?> type) {
        try {
            Path location = Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (Files.isRegularFile(location)) {
                BasicFileAttributes attributes = Files.readAttributes(location, BasicFileAttributes.class);
                return location + ":" + attributes.size() + ":" + modified(attributes);
            }
            try (java.util.stream.Stream<Path> files = Files.walk(location)) {
                java.util.LongSummaryStatistics times = files.filter(Files::isRegularFile)
                        .mapToLong(file -> file.toFile().lastModified())
                        .summaryStatistics();
                return location + ":" + times.getCount() + ":" + times.getMax();
            }
        } catch (IOException | java.net.URISyntaxException | RuntimeException e) {
            return "unknown:" + System.nanoTime();
        }
    }

    /** The entries of the last scan with the same key, by absolute path; empty when there is none. */
    Map<String, Entry> load() {
        if (!Files.isRegularFile(file)) {
            return Map.of();
        }
        try (InputStream raw = Files.newInputStream(file);
             ObjectInputStream in = new ObjectInputStream(new BufferedInputStream(raw, 1 << 16))) {
            in.setObjectInputFilter(ResultCache::allowed);
            Object read = in.readObject();
            if (read instanceof Stored stored && stored.key().equals(key)) {
                Map<String, Entry> entries = new HashMap<>();
                stored.entries().forEach(entry -> entries.put(entry.path(), entry));
                return entries;
            }
        } catch (IOException | ClassNotFoundException | RuntimeException e) {
            // unreadable or from another version: scan cold
        }
        return Map.of();
    }

    /** Only backlint's own records and the JDK's value types may come out of the cache file. */
    private static ObjectInputFilter.Status allowed(ObjectInputFilter.FilterInfo info) {
        Class<?> type = info.serialClass();
        if (type == null || type.isPrimitive() || type.isArray() || type.isEnum()) {
            return ObjectInputFilter.Status.UNDECIDED;
        }
        String name = type.getName();
        return name.startsWith("dev.backlint.") || name.startsWith("java.lang.") || name.startsWith("java.util.")
                ? ObjectInputFilter.Status.ALLOWED : ObjectInputFilter.Status.REJECTED;
    }

    /** Writes the entries, replacing the file in one step. */
    void save(List<Entry> entries) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Path temporary = Files.createTempFile(parent, file.getFileName().toString(), ".tmp");
        try {
            try (OutputStream raw = Files.newOutputStream(temporary);
                 ObjectOutputStream out = new ObjectOutputStream(new BufferedOutputStream(raw, 1 << 16))) {
                out.writeObject(new Stored(key, List.copyOf(entries)));
            }
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /**
     * Compares the scan's files with the cache: which are unchanged, and which of those
     * have a result that is still valid.
     */
    static Comparison compare(List<SourceFile> files, Map<String, Entry> cached) {
        Map<String, Entry> fresh = new HashMap<>();
        Set<String> unchanged = new HashSet<>();
        Set<String> changed = new HashSet<>();
        Set<String> present = new HashSet<>();
        for (SourceFile file : files) {
            String path = file.file().toString();
            present.add(path);
            Entry entry = cached.get(path);
            Optional<Entry> now = entry == null ? Optional.empty() : stillTheSame(file, entry);
            if (now.isPresent()) {
                unchanged.add(path);
                fresh.put(path, now.get());
            } else {
                changed.add(path);
            }
        }
        for (String path : cached.keySet()) {
            if (!present.contains(path)) {
                changed.add(path);
            }
        }
        Set<String> changedNames = new HashSet<>();
        Set<String> changedFolders = new HashSet<>();
        for (String path : changed) {
            Path changedFile = Path.of(path);
            changedNames.add(changedFile.getFileName().toString());
            changedFolders.add(String.valueOf(changedFile.getParent()));
        }
        Map<String, Entry> reusable = new HashMap<>();
        for (String path : unchanged) {
            Entry entry = fresh.get(path);
            Dependencies dependencies = entry.outcome() == null ? Dependencies.none() : entry.outcome().dependencies();
            boolean valid = entry.outcome() != null
                    && !(dependencies.solver() && !changed.isEmpty())
                    && disjoint(dependencies.factsOf(), changed)
                    && disjoint(dependencies.fileNames(), changedNames)
                    && disjoint(dependencies.folders(), changedFolders);
            if (valid) {
                reusable.put(path, entry);
            }
        }
        return new Comparison(reusable, unchanged, fresh);
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
            BasicFileAttributes attributes = Files.readAttributes(file.file(), BasicFileAttributes.class);
            long size = attributes.size();
            long modified = modified(attributes);
            if (size != entry.size()) {
                return Optional.empty();
            }
            if (modified == entry.modified()) {
                return Optional.of(entry);
            }
            String hash = hash(file.file());
            return hash.equals(entry.hash())
                    ? Optional.of(new Entry(entry.path(), size, modified, hash, entry.outcome()))
                    : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** A new entry for a file just analysed, or empty when it cannot be read any more. */
    static Optional<Entry> entry(SourceFile file, FileOutcome outcome) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(file.file(), BasicFileAttributes.class);
            return Optional.of(new Entry(file.file().toString(), attributes.size(),
                    modified(attributes), hash(file.file()), outcome));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static long modified(BasicFileAttributes attributes) {
        return attributes.lastModifiedTime().to(java.util.concurrent.TimeUnit.MICROSECONDS);
    }

    static String hash(Path path) throws IOException {
        return sha256(Files.readAllBytes(path));
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    static List<Entry> sorted(Map<String, Entry> entries) {
        List<Entry> list = new ArrayList<>(entries.values());
        list.sort(java.util.Comparator.comparing(Entry::path));
        return list;
    }
}
