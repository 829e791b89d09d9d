package dev.backlint.api;

import com.github.javaparser.ast.Node;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The scanned sources as seen from the file being checked: the types they declare, the
 * constants they and the libraries define, and the facts of other files. Answers never
 * depend on the order in which files are analysed.
 */
public interface Project {

    /**
     * The scanned type that the type name {@code written} stands for at {@code at} in this
     * file: a type of the file or nested in an enclosing one, an imported type, one of the
     * same package, or a qualified name. Empty for types outside the scan.
     */
    Optional<ScannedType> type(String written, Node at);

    /** The scanned type that {@code written} stands for in the file that declares {@code near}. */
    Optional<ScannedType> type(String written, ScannedType near);

    /** The qualified names {@code written} may stand for at {@code at}, most likely first. */
    List<String> typeNames(String written, Node at);

    /** The qualified names {@code written} may stand for in the file of {@code near}, most likely first. */
    List<String> typeNames(String written, ScannedType near);

    /** The value of the constant {@code name} of {@code owner} or of its scanned supertypes. */
    Optional<Object> constant(ScannedType owner, String name);

    /**
     * The value of the simple name {@code name} used at {@code at} as a constant: of an
     * enclosing type, its supertypes, or statically imported (scanned or library).
     */
    Optional<Object> constantNamed(String name, Node at);

    /** The value of {@code qualifier.name} at {@code at}: a constant of a scanned or library type. */
    Optional<Object> constantOf(String qualifier, String name, Node at);

    /** This file's facts of {@code kind}; empty when no enabled rule uses an analysis that needs them. */
    <F> Optional<F> facts(FactKind<F> kind);

    /** The facts of {@code kind} of the file that declares {@code type}. */
    <F> Optional<F> facts(FactKind<F> kind, ScannedType type);

    /**
     * The text facts of {@code kind} of the scanned file that would declare the type
     * {@code written} stands for at {@code at}, read without parsing that file; empty when
     * no scanned file is named for it (a library type).
     */
    default <F> Optional<F> textFacts(TextFactKind<F> kind, String written, Node at) {
        return Optional.empty();
    }

    /**
     * Like {@link #textFacts(TextFactKind, String, Node)}, but only from a file named for the
     * type (its own or its outer type's): a type declared in a file of another name is not
     * looked for, which spares reading the other files of its folder.
     */
    default <F> Optional<F> textFactsOfNamedFile(TextFactKind<F> kind, String written, Node at) {
        return textFacts(kind, written, at);
    }

    /**
     * Like {@link #textFacts(TextFactKind, String, Node)}, for a type name written in the
     * file that declares {@code near}: the entity a repository of another file names.
     */
    default <F> Optional<F> textFacts(TextFactKind<F> kind, String written, ScannedType near) {
        return Optional.empty();
    }

    /** What the project's configuration adds to the library models; {@link ModelOptions#NONE} without one. */
    default ModelOptions options() {
        return ModelOptions.NONE;
    }

    /** The names {@code kind} reads from the text of every scanned file, sorted (empty where there is no scan). */
    default Set<String> textIndex(TextIndexKind kind) {
        return Set.of();
    }
}
