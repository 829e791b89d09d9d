package dev.backlint.api;

import com.github.javaparser.ast.CompilationUnit;
import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;

/**
 * A kind of fact about one file that analyses of other files read: how it is extracted
 * from the file alone and how it is kept in the cache. A kind is extracted only when an
 * enabled rule uses an analysis that needs it ({@link AnalysisProvider#facts}).
 *
 * @param <F> the facts of one file; immutable, and small: they are kept for the whole scan
 */
public interface FactKind<F> {

    /** A stable id, unique among kinds: {@code taint.pass-through}. */
    String id();

    /**
     * The facts of one file. {@code self} sees the file's own declarations and constants
     * and nothing of other files, so that facts stay a function of their file.
     */
    F extract(CompilationUnit unit, Project self);

    /**
     * Whether the facts are worked out only when another file asks for them (from the
     * file's text, once per scan) rather than for every file as it is analysed: for facts
     * that cost much and that few files are asked for. Such facts are not kept in the cache.
     */
    default boolean lazy() {
        return false;
    }

    void write(F facts, DataOutput out) throws IOException;

    F read(DataInput in) throws IOException;
}
