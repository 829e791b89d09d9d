package dev.backlint.api;

/**
 * A kind of fact about one file read from its text alone, without parsing it: a cheap
 * first answer that tells whether the file's parsed facts are worth asking for. Computed
 * at most once per file and scan.
 *
 * @param <F> the facts of one file; immutable and small
 */
public interface TextFactKind<F> {

    /** A stable id, unique among kinds. */
    String id();

    /** The facts of a file with this text. */
    F extract(String text);
}
