package dev.backlint.report;

import com.contrastsecurity.sarif.MultiformatMessageString;
import com.contrastsecurity.sarif.PropertyBag;
import com.contrastsecurity.sarif.ReportingConfiguration;
import com.contrastsecurity.sarif.ReportingDescriptor;
import dev.backlint.api.Finding;
import dev.backlint.api.Level;
import dev.backlint.api.Precision;
import dev.backlint.engine.Backlint;
import dev.backlint.engine.RuleDescriptor;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;

/**
 * The run's {@code tool.driver.rules}: every rule that ran, sorted by id so that a
 * result's {@code ruleIndex} is stable, with the metadata GitHub code scanning shows.
 */
final class SarifRules {

    static final int MAX_TAGS = 20;
    static final int MAX_NAME = 255;
    static final int MAX_DESCRIPTION = 1024;

    private final List<RuleDescriptor> rules;
    private final List<String> ids;

    private SarifRules(List<RuleDescriptor> rules) {
        this.rules = rules;
        this.ids = rules.stream().map(RuleDescriptor::id).toList();
    }

    /**
     * The rules that ran, plus a bare descriptor for any rule that has a finding but
     * is not among them, so that every result points at a rule.
     */
    static SarifRules of(List<RuleDescriptor> ran, List<Finding> findings) {
        TreeMap<String, RuleDescriptor> byId = new TreeMap<>();
        for (RuleDescriptor rule : ran) {
            byId.putIfAbsent(rule.id(), rule);
        }
        for (Finding finding : findings) {
            byId.computeIfAbsent(finding.ruleId(), id -> undescribed(id, finding.level()));
        }
        return new SarifRules(List.copyOf(byId.values()));
    }

    /** The index in {@link #descriptors()} of a rule that has a finding. */
    int indexOf(String ruleId) {
        return find(ruleId).orElseThrow(() -> new IllegalArgumentException("no rule '" + ruleId + "' in the run"));
    }

    OptionalInt find(String ruleId) {
        int index = Collections.binarySearch(ids, ruleId);
        return index < 0 ? OptionalInt.empty() : OptionalInt.of(index);
    }

    Set<ReportingDescriptor> descriptors() {
        Set<ReportingDescriptor> descriptors = new LinkedHashSet<>();
        for (RuleDescriptor rule : rules) {
            descriptors.add(descriptor(rule));
        }
        return descriptors;
    }

    static ReportingDescriptor descriptor(RuleDescriptor rule) {
        String doc = orElse(rule.doc(), rule.summary()).strip();
        String docUri = Backlint.ruleDocUri(rule.id());
        return new ReportingDescriptor()
                .withId(rule.id())
                .withName(limit(orElse(rule.name(), rule.id()), MAX_NAME))
                .withShortDescription(new MultiformatMessageString()
                        .withText(limit(orElse(rule.summary(), rule.id()), MAX_DESCRIPTION)))
                .withFullDescription(new MultiformatMessageString()
                        .withText(limit(orElse(rule.fullDescription(), orElse(rule.summary(), rule.id())),
                                MAX_DESCRIPTION)))
                .withHelp(new MultiformatMessageString()
                        .withText(doc + "\n\nDocumentation: " + docUri)
                        .withMarkdown(doc + "\n\n[Documentation of `" + rule.id() + "`](" + docUri + ")"))
                .withDefaultConfiguration(new ReportingConfiguration().withLevel(
                        ReportingConfiguration.Level.fromValue(rule.level().id())))
                .withProperties(properties(rule));
    }

    static PropertyBag properties(RuleDescriptor rule) {
        PropertyBag properties = new PropertyBag()
                .withTags(tags(rule))
                .withAdditionalProperty("precision", rule.precision().id());
        if (rule.isSecurity()) {
            properties.setAdditionalProperty("security-severity", securitySeverity(rule));
        } else {
            properties.setAdditionalProperty("problem.severity", problemSeverity(rule.level()));
        }
        return properties;
    }

    /** The rule's tags in order, without duplicates, {@code security} kept, at most 20. */
    static Set<String> tags(RuleDescriptor rule) {
        List<String> tags = new ArrayList<>(new LinkedHashSet<>(rule.tags()));
        tags.removeIf(tag -> tag == null || tag.isBlank());
        if (rule.isSecurity() && !tags.contains("security")) {
            tags.add("security");
        }
        for (int i = tags.size() - 1; tags.size() > MAX_TAGS && i >= 0; i--) {
            if (!tags.get(i).equals("security")) {
                tags.remove(i);
            }
        }
        return new LinkedHashSet<>(tags);
    }

    static String problemSeverity(Level level) {
        return switch (level) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case NOTE -> "recommendation";
        };
    }

    /**
     * GitHub's {@code security-severity}: a string with one decimal in (0, 10]. A rule
     * tagged {@code security} without a score gets a middle score of its level's band.
     */
    static String securitySeverity(RuleDescriptor rule) {
        double score = rule.securitySeverity() > 0 ? Math.min(rule.securitySeverity(), 10.0)
                : switch (rule.level()) {
                    case ERROR -> 7.5;
                    case WARNING -> 5.0;
                    case NOTE -> 2.0;
                };
        BigDecimal rounded = BigDecimal.valueOf(score).setScale(1, RoundingMode.HALF_UP);
        return rounded.signum() > 0 ? rounded.toPlainString() : "0.1";
    }

    private static RuleDescriptor undescribed(String id, Level level) {
        String summary = "Findings of rule " + id;
        return new RuleDescriptor(id, id, summary, summary, summary, level, List.of(), 0, 0, Precision.MEDIUM);
    }

    private static String orElse(String text, String fallback) {
        return text == null || text.isBlank() ? fallback : text;
    }

    /** At most {@code max} characters, an ellipsis marking a cut. */
    static String limit(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int cut = max - 1;
        if (Character.isHighSurrogate(text.charAt(cut - 1))) {
            cut--;
        }
        return text.substring(0, cut) + "\u2026";
    }
}
