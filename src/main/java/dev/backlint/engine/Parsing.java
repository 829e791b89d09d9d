package dev.backlint.engine;

import com.github.javaparser.ParserConfiguration;
import java.util.Arrays;
import java.util.Comparator;

/** How backlint parses the scanned sources; the benchmark's parse-only floor uses the same. */
public final class Parsing {

    /** The newest Java release the parser knows, found once. */
    private static final ParserConfiguration.LanguageLevel NEWEST = Arrays.stream(
                    ParserConfiguration.LanguageLevel.values())
            .filter(level -> level.name().matches("JAVA_\\d+"))
            .max(Comparator.comparingInt(level -> Integer.parseInt(level.name().substring(5))))
            .orElse(ParserConfiguration.LanguageLevel.CURRENT);

    /** A parser per thread for the text of other files, which facts read without a symbol resolver. */
    private static final ThreadLocal<com.github.javaparser.JavaParser> TEXT_PARSERS =
            ThreadLocal.withInitial(() -> new com.github.javaparser.JavaParser(configuration()));

    private Parsing() {
    }

    /** A new configuration (they are not thread-safe): the newest Java release the parser knows. */
    public static ParserConfiguration configuration() {
        return new ParserConfiguration().setLanguageLevel(NEWEST);
    }

    /** A new configuration at Java 8's level: for old sources that use what later releases forbid. */
    public static ParserConfiguration legacyConfiguration() {
        return new ParserConfiguration().setLanguageLevel(ParserConfiguration.LanguageLevel.JAVA_8);
    }

    /**
     * The tree of a file's text, parsed with {@link #configuration()} for facts read from
     * another file's text; empty when it does not parse.
     */
    public static java.util.Optional<com.github.javaparser.ast.CompilationUnit> parse(String text) {
        return TEXT_PARSERS.get().parse(text).getResult();
    }
}
