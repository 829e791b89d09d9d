package dev.backlint.api;

import java.util.List;

/**
 * The one change that resolves a finding, as replacements of text in the finding's file.
 * SARIF carries it as the result's {@code fixes}; {@code backlint fix} applies it.
 *
 * @param description what the change does, in a few words ("use `orElseThrow()`")
 * @param replacements the ranges to replace and their new text; ranges do not overlap
 */
public record Fix(String description, List<Replacement> replacements) {

    public Fix {
        replacements = List.copyOf(replacements);
        if (replacements.isEmpty()) {
            throw new IllegalArgumentException("a fix replaces something");
        }
    }

    /**
     * The text of {@code range} replaced by {@code text}; an empty range inserts.
     *
     * @param range where, in the finding's file (end column exclusive)
     */
    public record Replacement(SourceRange range, String text) {
    }
}
