package dev.backlint.api;

import java.util.Locale;

/** How serious a finding is; the names are SARIF's result levels. */
public enum Level {
    NOTE,
    WARNING,
    ERROR;

    /** The SARIF spelling: {@code note}, {@code warning}, {@code error}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses {@code note|warning|error}, any case. */
    public static Level parse(String text) {
        for (Level level : values()) {
            if (level.id().equalsIgnoreCase(text.trim())) {
                return level;
            }
        }
        throw new IllegalArgumentException("unknown level '" + text + "' (expected note, warning or error)");
    }

    public boolean atLeast(Level other) {
        return compareTo(other) >= 0;
    }
}
