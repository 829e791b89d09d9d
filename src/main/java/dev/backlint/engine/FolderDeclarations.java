package dev.backlint.engine;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongConsumer;

/**
 * The names of the types the Java files of a folder seem to declare, read from their
 * text without parsing, once per folder and scan; shared by the solvers of every thread.
 * A name in a comment or string counts too: it only costs a parse that finds nothing.
 * Reading a folder is work for the whole scan, so its time is reported apart.
 */
final class FolderDeclarations {


    private final Map<Path, Map<String, List<Path>>> byFolder = new ConcurrentHashMap<>();
    /** Told, on the asking thread, how long reading a folder (or waiting for another thread to) took. */
    private volatile LongConsumer sharedWork = nanos -> { };

    void onSharedWork(LongConsumer listener) {
        sharedWork = listener;
    }

    /** The files directly in {@code folder} that seem to declare a type named {@code simpleName}, in path order. */
    List<Path> declaring(Path folder, String simpleName) {
        Map<String, List<Path>> names = byFolder.get(folder);
        if (names == null) {
            long start = System.nanoTime();
            names = byFolder.computeIfAbsent(folder, FolderDeclarations::read);
            sharedWork.accept(System.nanoTime() - start);
        }
        return names.getOrDefault(simpleName, List.of());
    }

    private static Map<String, List<Path>> read(Path folder) {
        if (!Files.isDirectory(folder)) {
            return Map.of();
        }
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder, "*.java")) {
            entries.forEach(files::add);
        } catch (IOException | RuntimeException e) {
            return Map.of();
        }
        files.sort(null);
        Map<String, List<Path>> byName = new HashMap<>();
        for (Path file : files) {
            try {
                if (!Files.isRegularFile(file)) {
                    continue;
                }
                TypeNamesInText.forEach(new String(Files.readAllBytes(file), StandardCharsets.UTF_8), name -> {
                    List<Path> declaring = byName.computeIfAbsent(name, k -> new ArrayList<>());
                    if (declaring.isEmpty() || !declaring.get(declaring.size() - 1).equals(file)) {
                        declaring.add(file);
                    }
                });
            } catch (IOException | OutOfMemoryError e) {
                // unreadable: its types are not found, like any type outside the sources
            }
        }
        return byName;
    }
}
