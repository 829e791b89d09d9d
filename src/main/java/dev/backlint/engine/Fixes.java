package dev.backlint.engine;

import dev.backlint.api.Finding;
import dev.backlint.api.Fix;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Applies the fixes of a file's findings to its text: each replacement in place, the rest
 * of the file byte for byte as it was. Replacements are applied from the end of the file
 * to its start; a fix that overlaps one already taken is left for the next run.
 */
public final class Fixes {

    private Fixes() {
    }

    /**
     * The text with the fixes applied.
     *
     * @param applied the findings whose fix was applied
     * @param skipped the findings whose fix overlapped another, or fell outside the text
     */
    public record Result(String text, List<Finding> applied, List<Finding> skipped) {
    }

    /** Applies the first fix of each of {@code findings} (all of one file) to {@code text}. */
    public static Result apply(String text, List<Finding> findings) {
        SourceText source = new SourceText(text, true);
        List<Edit> edits = new ArrayList<>();
        List<Finding> skipped = new ArrayList<>();
        for (Finding finding : findings) {
            if (finding.fixes().isEmpty()) {
                continue;
            }
            Fix fix = finding.fixes().get(0);
            List<Edit> mine = new ArrayList<>();
            for (Fix.Replacement replacement : fix.replacements()) {
                int from = source.offset(replacement.range().startLine(), replacement.range().startColumn());
                int to = source.offset(replacement.range().endLine(), replacement.range().endColumn());
                if (from < 0 || to < from) {
                    mine = null;
                    break;
                }
                mine.add(new Edit(from, to, replacement.text(), finding));
            }
            if (mine == null || overlaps(mine, edits)) {
                skipped.add(finding);
            } else {
                edits.addAll(mine);
            }
        }
        edits.sort(Comparator.comparingInt(Edit::from).reversed());
        StringBuilder out = new StringBuilder(text);
        List<Finding> applied = new ArrayList<>();
        for (Edit edit : edits) {
            out.replace(edit.from(), edit.to(), edit.text());
            if (!applied.contains(edit.finding())) {
                applied.add(edit.finding());
            }
        }
        return new Result(out.toString(), applied, skipped);
    }

    /** A replacement by offsets in the text. */
    private record Edit(int from, int to, String text, Finding finding) {
    }

    /** Whether an edit of {@code mine} touches one of {@code taken} (two insertions at one place do too). */
    private static boolean overlaps(List<Edit> mine, List<Edit> taken) {
        for (Edit edit : mine) {
            for (Edit other : taken) {
                if (edit.from() < other.to() && other.from() < edit.to() || edit.from() == other.from()) {
                    return true;
                }
            }
        }
        return false;
    }
}
