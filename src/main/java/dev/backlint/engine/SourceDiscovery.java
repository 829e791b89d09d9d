package dev.backlint.engine;

import java.io.IOException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds the Java files of a scan: walks the given files and directories, skips build
 * output, VCS and dependency folders and user excludes, follows symbolic links without
 * looping, and names each file relative to the source root.
 */
public final class SourceDiscovery {

    private static final Set<String> SKIPPED_DIRECTORIES =
            Set.of("target", "build", ".git", ".hg", ".svn", "node_modules", ".gradle", ".idea", ".backlint");
    /** Maven and Gradle test source sets, and top-level test folders of other layouts. */
    private static final Pattern TEST_PATH = Pattern.compile(
            "(^|.*/)src/(test|testFixtures|integrationTest|intTest|it)/.*|^(test|tests)/.*");

    private final Path sourceRoot;
    private final List<PathMatcher> excludes;
    private final List<PathMatcher> includes;

    /**
     * Files and the problems met while walking.
     *
     * @param xmlFiles the XML files of the tree, which MyBatis mappers may be among
     */
    public record Result(List<SourceFile> files, List<Notification> notifications, List<SourceFile> xmlFiles) {

        public Result(List<SourceFile> files, List<Notification> notifications) {
            this(files, notifications, List.of());
        }
    }

    public SourceDiscovery(Path sourceRoot, List<String> excludeGlobs) {
        this(sourceRoot, excludeGlobs, List.of());
    }

    /**
     * Discovery that skips what matches {@code excludeGlobs} and, when {@code includeGlobs}
     * is not empty, every file that matches none of them.
     */
    public SourceDiscovery(Path sourceRoot, List<String> excludeGlobs, List<String> includeGlobs) {
        this.sourceRoot = realPath(sourceRoot.toAbsolutePath().normalize());
        FileSystem fs = FileSystems.getDefault();
        this.excludes = excludeGlobs.stream()
                .map(glob -> fs.getPathMatcher("glob:" + glob))
                .toList();
        this.includes = includeGlobs.stream()
                .map(glob -> fs.getPathMatcher("glob:" + glob))
                .toList();
    }

    private static Path realPath(Path path) {
        try {
            return path.toRealPath();
        } catch (IOException e) {
            return path;
        }
    }

    /**
     * Walks {@code paths}; each must exist.
     *
     * @throws ConfigurationException when a path does not exist
     */
    public Result discover(List<Path> paths) {
        for (Path path : paths) {
            if (!Files.exists(path)) {
                throw new ConfigurationException("path not found: " + path);
            }
        }
        Map<Path, SourceFile> found = new LinkedHashMap<>();
        Map<Path, SourceFile> xml = new LinkedHashMap<>();
        List<Notification> notifications = new ArrayList<>();
        for (Path given : paths) {
            Path start = given.toAbsolutePath().normalize();
            Path base = Files.isDirectory(start) ? start : start.getParent();
            if (Files.isRegularFile(start)) {
                // a file named on the command line is scanned as asked, test or not
                add(start, realPath(start), base, found, false, attributes(start));
                continue;
            }
            try {
                Files.walkFileTree(start, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
                        new Walker(base, found, xml, notifications));
            } catch (IOException e) {
                notifications.add(Notification.unreadable(uriFor(start, base),
                        "could not read directory: " + e.getMessage()));
            }
        }
        List<SourceFile> files = new ArrayList<>(found.values());
        files.sort(Comparator.comparing(SourceFile::uri).thenComparing(SourceFile::file));
        List<SourceFile> xmlFiles = new ArrayList<>(xml.values());
        xmlFiles.sort(Comparator.comparing(SourceFile::uri).thenComparing(SourceFile::file));
        notifications.sort(null);
        return new Result(List.copyOf(files), List.copyOf(notifications), List.copyOf(xmlFiles));
    }

    private final class Walker extends SimpleFileVisitor<Path> {
        private final Path base;
        private final Map<Path, SourceFile> found;
        private final Map<Path, SourceFile> xml;
        private final List<Notification> notifications;
        /** Real paths of the folders being walked: one lookup per folder, not per file. */
        private final Map<Path, Path> realFolders = new java.util.HashMap<>();

        Walker(Path base, Map<Path, SourceFile> found, Map<Path, SourceFile> xml, List<Notification> notifications) {
            this.base = base;
            this.found = found;
            this.xml = xml;
            this.notifications = notifications;
        }

        @Override
        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
            Path name = dir.getFileName();
            if (name != null && !dir.equals(base) && SKIPPED_DIRECTORIES.contains(name.toString())) {
                return FileVisitResult.SKIP_SUBTREE;
            }
            if (!dir.equals(base) && excluded(dir, base)) {
                return FileVisitResult.SKIP_SUBTREE;
            }
            realFolders.put(dir, realPath(dir));
            return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
            if (attrs.isRegularFile() && file.getFileName().toString().endsWith(".java")
                    && !skipped(file, base)) {
                Path folder = realFolders.get(file.getParent());
                Path real = folder == null || Files.isSymbolicLink(file)
                        ? realPath(file.toAbsolutePath().normalize())
                        : folder.resolve(file.getFileName());
                Path absolute = file.toAbsolutePath().normalize();
                if (!real.equals(absolute) && !real.startsWith(sourceRoot) && !real.startsWith(base)) {
                    // reported under the link's path it would name a link, and under its own
                    // a file outside the tree: neither can be shown by code scanning
                    notifications.add(Notification.skipped(uriFor(absolute, base),
                            "skipped: a link to a file outside the scanned tree"));
                    return FileVisitResult.CONTINUE;
                }
                add(file, real, base, found, true, attrs);
            } else if (attrs.isRegularFile() && file.getFileName().toString().endsWith(".xml")
                    && !skipped(file, base)) {
                Path absolute = file.toAbsolutePath().normalize();
                Path real = realPath(absolute);
                if (real.equals(absolute) || real.startsWith(sourceRoot) || real.startsWith(base)) {
                    add(file, real, base, xml, true, attrs); // a mapper, perhaps: read when the scan gets to it
                }
            } else if (!attrs.isRegularFile() && !attrs.isDirectory()
                    && file.getFileName().toString().endsWith(".java") && !skipped(file, base)) {
                notifications.add(Notification.skipped(uriFor(file.toAbsolutePath().normalize(), base),
                        "skipped: not a regular file (a pipe, socket or device)"));
            }
            return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path file, IOException e) {
            if (e instanceof java.nio.file.FileSystemLoopException) {
                notifications.add(Notification.skipped(uriFor(file, base), "symbolic link loop, not followed"));
            } else {
                notifications.add(Notification.unreadable(uriFor(file, base),
                        "could not read: " + e.getClass().getSimpleName() + " " + e.getMessage()));
            }
            return FileVisitResult.CONTINUE;
        }
    }

    /** Whether a file is excluded, or not among the includes. */
    private boolean skipped(Path file, Path base) {
        return excluded(file, base) || !includes.isEmpty() && !matches(includes, file, base);
    }

    private boolean excluded(Path path, Path base) {
        return !excludes.isEmpty() && matches(excludes, path, base);
    }

    private boolean matches(List<PathMatcher> globs, Path path, Path base) {
        Path relative = base.relativize(path);
        Path fromRoot = path.startsWith(sourceRoot) ? sourceRoot.relativize(path) : relative;
        for (PathMatcher matcher : globs) {
            if (matcher.matches(relative) || matcher.matches(fromRoot) || matcher.matches(path.getFileName())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Adds a file once, however many links lead to it, named by its real path when that
     * lies below the source root (SARIF URIs must not go through symbolic links).
     */
    private static BasicFileAttributes attributes(Path file) {
        try {
            return Files.readAttributes(file, BasicFileAttributes.class);
        } catch (IOException e) {
            return null;
        }
    }

    private void add(Path file, Path real, Path base, Map<Path, SourceFile> found, boolean mayBeTest,
                     BasicFileAttributes attrs) {
        Path absolute = file.toAbsolutePath().normalize();
        Path named = real.startsWith(sourceRoot) ? real : absolute;
        String uri = uriFor(named, base);
        long size = attrs == null ? -1 : attrs.size();
        long modified = attrs == null ? -1 : attrs.lastModifiedTime().to(java.util.concurrent.TimeUnit.MICROSECONDS);
        found.putIfAbsent(real, new SourceFile(named, uri, mayBeTest && TEST_PATH.matcher(uri).matches(), size,
                modified));
    }

    /**
     * The URI of a file: relative to the source root when it lies below it, otherwise
     * relative to the scanned directory it was found in (never with {@code ..}).
     */
    String uriFor(Path file, Path base) {
        Path relative = file.startsWith(sourceRoot) ? sourceRoot.relativize(file)
                : base != null && file.startsWith(base) ? base.relativize(file)
                : file.getFileName();
        String uri = relative.toString().replace('\\', '/');
        return uri.isEmpty() ? file.getFileName().toString() : uri;
    }
}
