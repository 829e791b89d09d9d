package dev.backlint.api;

/**
 * A region of a source file: lines and columns are 1-based, columns count UTF-16
 * code units, and {@code endColumn} is exclusive (as SARIF has it).
 */
public record SourceRange(int startLine, int startColumn, int endLine, int endColumn)
        implements Comparable<SourceRange> {

    public SourceRange {
        if (startLine < 1 || startColumn < 1 || endLine < startLine
                || (endLine == startLine && endColumn < startColumn)) {
            throw new IllegalArgumentException("invalid range " + startLine + ":" + startColumn
                    + "-" + endLine + ":" + endColumn);
        }
    }

    /** Converts JavaParser's range (inclusive end column). */
    public static SourceRange of(com.github.javaparser.Range range) {
        return new SourceRange(range.begin.line, range.begin.column, range.end.line, range.end.column + 1);
    }

    public boolean containsLine(int line) {
        return line >= startLine && line <= endLine;
    }

    @Override
    public int compareTo(SourceRange other) {
        int c = Integer.compare(startLine, other.startLine);
        if (c == 0) c = Integer.compare(startColumn, other.startColumn);
        if (c == 0) c = Integer.compare(endLine, other.endLine);
        if (c == 0) c = Integer.compare(endColumn, other.endColumn);
        return c;
    }
}
