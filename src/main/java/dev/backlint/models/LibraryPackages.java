package dev.backlint.models;

import java.util.List;

/**
 * Packages of the JDK, of the frameworks and of the common libraries a backend builds on.
 * Their classes are known by the tables of this package (sinks, sources, what their
 * methods return), never by summaries of their code, even when a scan holds that code:
 * request data of an application passes through them only as the tables say.
 */
public final class LibraryPackages {

    private static final List<String> PREFIXES = List.of("java.", "javax.", "jakarta.", "jdk.", "sun.",
            "org.springframework.", "org.hibernate.", "org.slf4j.", "org.apache.logging.", "org.apache.commons.",
            "ch.qos.logback.", "reactor.", "io.micrometer.", "io.netty.", "com.fasterxml.", "com.google.common.",
            "lombok.", "org.junit.", "org.mockito.", "org.assertj.");

    private LibraryPackages() {
    }

    /**
     * Whether a written type names a library class: the first (most likely) of the
     * qualified names it may stand for; an unknown name is not one.
     */
    public static boolean names(java.util.List<String> qualifiedNames) {
        return !qualifiedNames.isEmpty() && isLibrary(qualifiedNames.get(0));
    }

    /** Whether the qualified type name belongs to one of these libraries. */
    public static boolean isLibrary(String qualifiedName) {
        for (String prefix : PREFIXES) {
            if (qualifiedName.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }
}
