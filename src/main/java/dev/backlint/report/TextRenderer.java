package dev.backlint.report;

import dev.backlint.api.Finding;
import dev.backlint.api.FlowStep;
import dev.backlint.api.Level;
import dev.backlint.api.Location;
import dev.backlint.api.RelatedLocation;
import dev.backlint.api.SourceRange;
import dev.backlint.engine.Notification;
import dev.backlint.engine.ScanResult;
import java.io.IOException;
import java.io.Writer;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * The report for people at a terminal: the findings grouped by file, under a line that
 * names the file, each as {@code path:line:col: level [rule] message} (which terminals and
 * editors link to the place) with its source line and a caret under the range, its code
 * flow and related locations; then the notifications, the count of each rule's findings,
 * and one summary line. In colour when asked (a terminal that takes it).
 */
public final class TextRenderer implements Renderer {

    /** Tab stops of the source lines shown; the caret line follows the same stops. */
    static final int TAB_WIDTH = 4;

    private final boolean quiet;
    private final Style style;

    /** @param quiet print only the summary line */
    public TextRenderer(boolean quiet) {
        this(quiet, false);
    }

    /**
     * @param quiet  print only the summary line
     * @param colour mark levels, files, rules and carets with ANSI colours
     */
    public TextRenderer(boolean quiet, boolean colour) {
        this.quiet = quiet;
        this.style = colour ? Style.ANSI : Style.PLAIN;
    }

    @Override
    public void render(ScanResult result, Writer out) throws IOException {
        if (!quiet) {
            List<Finding> findings = result.reported().stream().sorted().toList();
            for (int i = 0; i < findings.size(); i++) {
                Finding finding = findings.get(i);
                String path = finding.location().path();
                if (i == 0 || !findings.get(i - 1).location().path().equals(path)) {
                    long inFile = findings.stream().skip(i).takeWhile(f -> f.location().path().equals(path)).count();
                    out.write((i == 0 ? "" : "\n") + style.file(path) + " (" + count(inFile, "finding") + ")\n");
                }
                writeFinding(finding, out);
            }
            if (!findings.isEmpty()) {
                out.write("\n");
            }
            for (Notification notification : result.notifications().stream().sorted().toList()) {
                out.write(notification(notification) + "\n");
            }
            writeRuleCounts(findings, out);
            long fixable = findings.stream().filter(finding -> !finding.fixes().isEmpty()).count();
            if (fixable > 0) {
                out.write(count(fixable, "finding") + " can be fixed by `backlint fix` (see the changes with"
                        + " `backlint fix --dry-run`)\n");
            }
        }
        out.write(summary(result) + "\n");
        out.flush();
    }

    /** How many findings each rule has, by level: {@code select-star  3 warnings}. */
    private void writeRuleCounts(List<Finding> findings, Writer out) throws IOException {
        java.util.Map<String, java.util.Map<Level, Long>> byRule = new java.util.TreeMap<>();
        for (Finding finding : findings) {
            byRule.computeIfAbsent(finding.ruleId(), id -> new java.util.EnumMap<>(Level.class))
                    .merge(finding.level(), 1L, Long::sum);
        }
        int width = byRule.keySet().stream().mapToInt(String::length).max().orElse(0);
        for (var rule : byRule.entrySet()) {
            List<String> counts = new java.util.ArrayList<>();
            for (Level level : List.of(Level.ERROR, Level.WARNING, Level.NOTE)) {
                Long n = rule.getValue().get(level);
                if (n != null) {
                    counts.add(style.level(level, count(n, level.id())));
                }
            }
            out.write(String.format(Locale.ROOT, "%-" + width + "s  %s%n", rule.getKey(), String.join(", ", counts))
                    .replace(System.lineSeparator(), "\n"));
        }
    }

    private void writeFinding(Finding finding, Writer out) throws IOException {
        out.write(position(finding.location()) + ": " + style.level(finding.level(), finding.level().id())
                + " " + style.rule("[" + finding.ruleId() + "]") + " " + finding.message() + "\n");
        String line = finding.sourceLine();
        if (line != null && !line.isBlank()) {
            String excerpt = excerpt(line, finding.location().range());
            int split = excerpt.indexOf('\n');
            out.write(excerpt.substring(0, split + 1) + style.caret(excerpt.substring(split + 1, excerpt.length() - 1))
                    + "\n");
        }
        List<FlowStep> steps = finding.codeFlow();
        for (int i = 0; i < steps.size(); i++) {
            out.write("    " + (i + 1) + ". " + position(steps.get(i).location()) + " " + steps.get(i).message() + "\n");
        }
        for (RelatedLocation related : finding.related()) {
            out.write("    [" + related.id() + "] " + position(related.location()) + " " + related.message() + "\n");
        }
    }

    static String position(Location location) {
        return location.path() + ":" + location.range().startLine() + ":" + location.range().startColumn();
    }

    static String notification(Notification notification) {
        String where = notification.uri() == null ? "backlint"
                : notification.line() > 0 ? notification.uri() + ":" + notification.line()
                : notification.uri();
        return where + ": " + notification.level().id() + ": " + notification.message();
    }

    /** Source lines longer than this (generated or minified code) are shown in part. */
    static final int MAX_SHOWN = 160;
    /** Columns shown before the range in a line shown in part. */
    private static final int CONTEXT_BEFORE = 40;

    /**
     * The source line and the caret line under the range. A line longer than
     * {@link #MAX_SHOWN} columns is cut to a window around the range's start, with
     * {@code …} where text is left out, and the caret moved with it.
     */
    static String excerpt(String line, SourceRange range) {
        String shown = expandTabs(line).stripTrailing();
        String marks = caret(line, range);
        if (shown.length() <= MAX_SHOWN) {
            return shown + "\n" + marks + "\n";
        }
        int from = marks.indexOf('^');
        int windowStart = Math.max(0, Math.min(from - CONTEXT_BEFORE, shown.length() - MAX_SHOWN));
        int windowEnd = Math.min(shown.length(), windowStart + MAX_SHOWN);
        String prefix = windowStart > 0 ? "…" : "";
        String suffix = windowEnd < shown.length() ? "…" : "";
        int caretEnd = Math.min(marks.length(), windowEnd);
        return prefix + shown.substring(windowStart, windowEnd) + suffix + "\n"
                + " ".repeat(prefix.length() + from - windowStart) + marks.substring(from, Math.max(from + 1, caretEnd))
                + "\n";
    }

    /**
     * Spaces up to the range's start, then {@code ^} and a {@code ~} for each further
     * column of the range on this line (to the end of the line when the range goes on).
     */
    static String caret(String line, SourceRange range) {
        int length = line.stripTrailing().length();
        int start = Math.min(range.startColumn() - 1, length);
        int end = range.endLine() > range.startLine() ? length : Math.min(range.endColumn() - 1, length);
        int from = displayWidth(line, start);
        int width = Math.max(1, displayWidth(line, Math.max(start, end)) - from);
        return " ".repeat(from) + "^" + "~".repeat(width - 1);
    }

    static String expandTabs(String line) {
        StringBuilder expanded = new StringBuilder(line.length() + 16);
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\t') {
                expanded.append(" ".repeat(TAB_WIDTH - expanded.length() % TAB_WIDTH));
            } else {
                expanded.append(c);
            }
        }
        return expanded.toString();
    }

    /**
     * The columns the first {@code chars} UTF-16 units of {@code line} take on screen:
     * a tab reaches the next tab stop, a surrogate pair is one character.
     */
    static int displayWidth(String line, int chars) {
        int width = 0;
        for (int i = 0; i < chars && i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\t') {
                width += TAB_WIDTH - width % TAB_WIDTH;
            } else if (!Character.isLowSurrogate(c) || i == 0 || !Character.isHighSurrogate(line.charAt(i - 1))) {
                width++;
            }
        }
        return width;
    }

    /**
     * {@code 12 files scanned (3456 lines), 1 error, 2 warnings, 0 notes, 0 files
     * failed, 1 suppressed in 0.4 s}.
     */
    static String summary(ScanResult result) {
        long suppressed = result.findings().stream().filter(Finding::suppressed).count();
        String baseline = result.baseline() == null ? ""
                : ", " + result.leftOutByBaseline() + " in the baseline left out, "
                + result.baseline().absent().size() + " of the baseline gone";
        return count(result.filesScanned(), "file") + " scanned (" + count(result.linesScanned(), "line") + "), "
                + count(result.count(Level.ERROR), "error") + ", "
                + count(result.count(Level.WARNING), "warning") + ", "
                + count(result.count(Level.NOTE), "note") + ", "
                + count(result.filesFailed(), "file") + " failed, "
                + suppressed + " suppressed" + baseline + " in " + seconds(result) + " s";
    }

    /** ANSI marks, or none. */
    private enum Style {
        PLAIN, ANSI;

        private static final String RESET = "\u001b[0m";

        String file(String path) {
            return this == ANSI ? "\u001b[1;4m" + path + RESET : path;
        }

        String level(Level level, String text) {
            if (this == PLAIN) {
                return text;
            }
            String colour = switch (level) {
                case ERROR -> "\u001b[1;31m";
                case WARNING -> "\u001b[33m";
                case NOTE -> "\u001b[36m";
            };
            return colour + text + RESET;
        }

        String rule(String text) {
            return this == ANSI ? "\u001b[2m" + text + RESET : text;
        }

        String caret(String text) {
            return this == ANSI ? "\u001b[32m" + text + RESET : text;
        }
    }

    private static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    private static String seconds(ScanResult result) {
        if (result.started() == null || result.finished() == null) {
            return "0.0";
        }
        Duration duration = Duration.between(result.started(), result.finished());
        double seconds = Math.max(0, duration.toMillis()) / 1000.0;
        return String.format(Locale.ROOT, "%.1f", seconds);
    }
}
