package dev.backlint.engine;

import java.nio.file.Path;

/**
 * A Java file found by discovery.
 *
 * @param file     the absolute, normalised path
 * @param uri      the path reported to users: relative to the source root, forward slashes
 * @param test     whether it is a test source
 */
public record SourceFile(Path file, String uri, boolean test) {
}
