package dev.backlint.api;

import java.util.Set;

/**
 * A set of names read from the text of every scanned file, without parsing: what the
 * whole project says of a name (that some code stores a value under a literal key, say).
 * Built once per scan, when first asked; a file whose analysis asks depends on every file.
 */
public interface TextIndexKind {

    /** A stable id, unique among kinds. */
    String id();

    /** Adds what one file's text says to {@code into}. */
    void collect(String text, Set<String> into);

    /** Adds what one file's text says to {@code into}, knowing the file's path (relative to the source root). */
    default void collect(String uri, String text, Set<String> into) {
        collect(text, into);
    }

    /** Whether the XML files of the scanned tree are read too (MyBatis mappers), besides the Java files. */
    default boolean readsXml() {
        return false;
    }

    /** Whether the Java files are read (a kind of XML files alone spares their reading). */
    default boolean readsJava() {
        return true;
    }

    /**
     * Kinds the same analysis asks for (this one may be among them): their indexes are
     * built in the same reading of the files as this one's, those not built yet.
     */
    default java.util.List<TextIndexKind> readWith() {
        return java.util.List.of();
    }
}
