package dev.backlint.engine;

import com.github.javaparser.ParserConfiguration;
import java.util.Arrays;
import java.util.Comparator;

/** How backlint parses the scanned sources; the benchmark's parse-only floor uses the same. */
public final class Parsing {

    private Parsing() {
    }

    /** A new configuration (they are not thread-safe): the newest Java release the parser knows. */
    public static ParserConfiguration configuration() {
        ParserConfiguration.LanguageLevel newest = Arrays.stream(ParserConfiguration.LanguageLevel.values())
                .filter(level -> level.name().matches("JAVA_\\d+"))
                .max(Comparator.comparingInt(level -> Integer.parseInt(level.name().substring(5))))
                .orElse(ParserConfiguration.LanguageLevel.CURRENT);
        return new ParserConfiguration().setLanguageLevel(newest);
    }

    /** A new configuration at Java 8's level: for old sources that use what later releases forbid. */
    public static ParserConfiguration legacyConfiguration() {
        return new ParserConfiguration().setLanguageLevel(ParserConfiguration.LanguageLevel.JAVA_8);
    }
}
