package dev.backlint.api;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import java.util.List;
import java.util.Optional;

/**
 * What a rule may use while it checks a node of one file: the file, name and type
 * resolution, the scanned project, flow analyses, and a way to report findings.
 */
public interface RuleContext {

    /** The file being checked. */
    CompilationUnit compilationUnit();

    /** The file's path relative to the source root, with forward slashes. */
    String path();

    /** Whether the file is a test source ({@code src/test/**} and the like). */
    boolean isTestSource();

    /** Type and symbol resolution; every miss is an empty {@code Optional}. */
    Resolution resolver();

    /** The scanned sources as seen from this file. */
    Project project();

    /**
     * The analysis of this file that answers the query interface {@code type}; the rule
     * declares it in {@link Rule#register} with {@link Checks#uses}.
     *
     * @throws IllegalStateException when no provider makes it, or the rule did not declare it
     */
    <A> A analysis(Class<A> type);

    /** Compile-time constant values of expressions, across the scanned files; needs no declaration. */
    Constants constants();

    /** Reports a finding of this rule covering {@code node}. */
    void report(Node node, String message);

    /** Reports a finding with related locations referenced as {@code [text](id)} in the message. */
    void report(Node node, String message, List<Related> related);

    /**
     * Reports a finding with the path that leads to it (source, each step, sink), shown
     * as a SARIF code flow.
     */
    void report(Node node, String message, List<Related> related, List<Related> flow);

    /**
     * Reports a finding with the one change that resolves it ({@link Fix}), which SARIF
     * carries and {@code backlint fix} applies; {@code fix} is {@code null} where the rule
     * has none for this finding.
     */
    void report(Node node, String message, List<Related> related, Fix fix);

    /**
     * Reports a finding at {@code level} rather than the rule's own: for the findings the
     * catalog raises (an entity that carries a password field). A level the user sets for
     * the rule still holds for all of its findings.
     */
    void report(Node node, String message, Level level);

    /** The text of this file in {@code range}, as written; empty when the range is not in the file. */
    Optional<String> source(SourceRange range);

    /** Where a node of this file is, as findings give places; empty for a node without a range. */
    Optional<Location> locate(Node node);

    /**
     * Reports a finding of this rule at a place known from the facts of a scanned file,
     * this one or another: a sink in another file that data of this file reaches through
     * calls. The finding belongs to this file's results; where several files report the
     * same finding, the scan keeps one.
     *
     * @param suppressed whether an in-source suppression at that place covers this rule
     * @param flow       the path that leads to it, in any files
     */
    void reportAt(Location location, boolean suppressed, String message, List<FlowStep> flow);

    /** A related location given by a rule: a node of the same file. */
    record Related(Node node, String message) {
    }
}
