package dev.backlint.report;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The output formats, by the name users give on the command line. */
public enum Format {
    TEXT,
    SARIF,
    JSON,
    GITHUB,
    CHECKSTYLE,
    JUNIT,
    HTML;

    /**
     * The lower-case name: {@code text}, {@code sarif}, {@code json}, {@code github},
     * {@code checkstyle}, {@code junit}, {@code html}.
     */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses a format name in any case. */
    public static Format parse(String text) {
        String wanted = text == null ? "" : text.trim();
        for (Format format : values()) {
            if (format.id().equalsIgnoreCase(wanted)) {
                return format;
            }
        }
        String known = Arrays.stream(values()).map(Format::id).collect(Collectors.joining(", "));
        throw new IllegalArgumentException("unknown format '" + text + "' (expected one of " + known + ")");
    }

    public Renderer renderer(RenderOptions options) {
        return switch (this) {
            case TEXT -> new TextRenderer(options.quiet());
            case SARIF -> new SarifRenderer(options.includeSuppressed(), options.category());
            case JSON -> new JsonRenderer();
            case GITHUB -> new GitHubRenderer();
            case CHECKSTYLE -> new CheckstyleRenderer();
            case JUNIT -> new JunitRenderer();
            case HTML -> new HtmlRenderer();
        };
    }
}
