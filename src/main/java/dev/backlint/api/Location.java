package dev.backlint.api;

import java.util.Comparator;

/**
 * A place in a scanned file. {@code path} is relative to the source root (the
 * repository root unless overridden), with forward slashes.
 */
public record Location(String path, SourceRange range) implements Comparable<Location> {

    private static final Comparator<Location> ORDER =
            Comparator.comparing(Location::path).thenComparing(Location::range);

    @Override
    public int compareTo(Location other) {
        return ORDER.compare(this, other);
    }
}
