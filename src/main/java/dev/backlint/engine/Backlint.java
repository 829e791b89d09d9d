package dev.backlint.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The tool's own identity, as reports show it. */
public final class Backlint {

    public static final String NAME = "backlint";
    public static final String HOME = "https://github.com/backlint/backlint";

    private Backlint() {
    }

    /** The version the jar was built as, e.g. {@code 0.1.0-SNAPSHOT}. */
    public static String version() {
        try (InputStream in = Backlint.class.getResourceAsStream("/dev/backlint/version.properties")) {
            if (in == null) {
                return "0.0.0";
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version", "0.0.0");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Where a rule's documentation is published. */
    public static String ruleDocUri(String ruleId) {
        return HOME + "/blob/main/rules/" + ruleId + ".md";
    }
}
