package dev.backlint.engine;

import java.nio.file.Path;

/**
 * A Java file found by discovery.
 *
 * @param file     the absolute, normalised path
 * @param uri      the path reported to users: relative to the source root, forward slashes
 * @param test     whether it is a test source
 * @param size     its size in bytes when found, or -1 when unknown
 * @param modified its modification time in microseconds when found, or -1 when unknown
 */
public record SourceFile(Path file, String uri, boolean test, long size, long modified) {

    public SourceFile(Path file, String uri, boolean test) {
        this(file, uri, test, -1, -1);
    }
}
