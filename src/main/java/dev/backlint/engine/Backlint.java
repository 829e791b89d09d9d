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
        return BUILD.getProperty("version", "0.0.0");
    }

    /**
     * The commit the jar was built from: its abbreviated id, with {@code -dirty} when the
     * work tree had uncommitted changes; empty when it was built outside a git work tree.
     */
    public static java.util.Optional<String> commit() {
        String id = BUILD.getProperty("commit", "");
        if (id.isEmpty() || id.startsWith("${")) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(id + ("true".equals(BUILD.getProperty("dirty")) ? "-dirty" : ""));
    }

    /** What the build wrote into the jar: version, commit and whether the work tree was clean. */
    private static final Properties BUILD = readBuild();

    private static Properties readBuild() {
        Properties properties = new Properties();
        try (InputStream in = Backlint.class.getResourceAsStream("/dev/backlint/version.properties")) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }

    /** Where a rule's documentation is published. */
    public static String ruleDocUri(String ruleId) {
        return HOME + "/blob/main/rules/" + ruleId + ".md";
    }
}
