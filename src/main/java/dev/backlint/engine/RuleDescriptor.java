package dev.backlint.engine;

import dev.backlint.api.Level;
import dev.backlint.api.Precision;
import dev.backlint.api.Rule;
import dev.backlint.api.RuleInfo;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A rule's metadata and documentation, as the reports and the CLI present them.
 *
 * @param name            the rule's class name, e.g. {@code SelectStar}
 * @param fullDescription the first paragraph of the rule's doc
 * @param doc             the whole Markdown doc ({@code rules/<id>.md})
 * @param tags            declared tags, then {@code security} and the CWE tag where they apply
 */
public record RuleDescriptor(
        String id,
        String name,
        String summary,
        String fullDescription,
        String doc,
        Level level,
        List<String> tags,
        int cwe,
        double securitySeverity,
        Precision precision) {

    static final String DOC_RESOURCE = "META-INF/backlint/rules/";

    public RuleDescriptor {
        tags = List.copyOf(tags);
    }

    public boolean isSecurity() {
        return securitySeverity > 0 || tags.contains("security");
    }

    public static RuleDescriptor of(Rule rule) {
        RuleInfo info = rule.info();
        String doc = readDoc(rule.getClass().getClassLoader(), info.id());
        Set<String> tags = new LinkedHashSet<>(List.of(info.tags()));
        if (info.securitySeverity() > 0) {
            tags.add("security");
        }
        if (info.cwe() > 0) {
            tags.add("external/cwe/cwe-" + info.cwe());
        }
        return new RuleDescriptor(info.id(), rule.getClass().getSimpleName(), info.summary(),
                firstParagraph(doc).orElse(info.summary()), doc == null ? info.summary() : doc,
                info.level(), List.copyOf(tags), info.cwe(), info.securitySeverity(), info.precision());
    }

    private static String readDoc(ClassLoader loader, String id) {
        ClassLoader source = loader != null ? loader : ClassLoader.getSystemClassLoader();
        try (InputStream in = source.getResourceAsStream(DOC_RESOURCE + id + ".md")) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The first paragraph after the title, joined into one line. */
    static java.util.Optional<String> firstParagraph(String markdown) {
        if (markdown == null) {
            return java.util.Optional.empty();
        }
        StringBuilder paragraph = new StringBuilder();
        for (String line : markdown.split("\\R")) {
            String trimmed = line.trim();
            if (trimmed.startsWith("#")) {
                if (paragraph.length() > 0) {
                    break;
                }
                continue;
            }
            if (trimmed.isEmpty()) {
                if (paragraph.length() > 0) {
                    break;
                }
                continue;
            }
            if (paragraph.length() > 0) {
                paragraph.append(' ');
            }
            paragraph.append(trimmed);
        }
        return paragraph.length() == 0 ? java.util.Optional.empty() : java.util.Optional.of(paragraph.toString());
    }
}
