package dev.backlint.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/** Writes generated files under the root of the tree and counts them. */
final class TreeWriter {

    private final Path root;
    private final Set<Path> directories = new HashSet<>();
    private final Map<FileKind, Integer> filesByKind = new EnumMap<>(FileKind.class);
    private final Map<FileKind, Long> linesByKind = new EnumMap<>(FileKind.class);
    private int files;
    private long lines;

    /** Fails if {@code root} exists and is not an empty directory, so that trees never mix. */
    TreeWriter(Path root) throws IOException {
        if (Files.exists(root)) {
            if (!Files.isDirectory(root)) {
                throw new IllegalArgumentException(root + " is not a directory");
            }
            try (Stream<Path> entries = Files.list(root)) {
                if (entries.findAny().isPresent()) {
                    throw new IllegalArgumentException(root + " is not empty");
                }
            }
        }
        this.root = root;
    }

    /** Writes {@code file} and returns its number of lines. */
    long write(JavaFile file) throws IOException {
        String text = file.render();
        long fileLines = Text.lines(text);
        assert fileLines == file.lines() : file.path() + ": " + fileLines + " lines, counted " + file.lines();
        Path target = root.resolve(file.path());
        Path directory = target.getParent();
        if (directories.add(directory)) {
            Files.createDirectories(directory);
        }
        Files.writeString(target, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
        files++;
        lines += fileLines;
        filesByKind.merge(file.kind(), 1, Integer::sum);
        linesByKind.merge(file.kind(), fileLines, Long::sum);
        return fileLines;
    }

    Summary summary() {
        return new Summary(files, lines, Collections.unmodifiableMap(new EnumMap<>(filesByKind)),
                Collections.unmodifiableMap(new EnumMap<>(linesByKind)));
    }
}
