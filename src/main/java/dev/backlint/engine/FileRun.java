package dev.backlint.engine;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import dev.backlint.api.Constants;
import dev.backlint.api.Finding;
import dev.backlint.api.FlowStep;
import dev.backlint.api.Location;
import dev.backlint.api.Project;
import dev.backlint.api.RelatedLocation;
import dev.backlint.api.RuleContext;
import dev.backlint.api.RuleInfo;
import dev.backlint.api.SourceRange;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.LongAdder;

/** The analysis of one file: the {@link RuleContext} its rules see, and what they report. */
final class FileRun implements RuleContext {

    private final SourceFile file;
    private final CompilationUnit unit;
    private final SourceText text;
    private final Suppressions suppressions;
    private final Resolver resolver;
    private final Project project;
    private final Analyses analyses;
    private final Dispatcher dispatcher;
    /** The analyses of this file made so far, by query interface. */
    private final Map<Class<?>, Object> made = new HashMap<>();
    private final List<Finding> findings = new ArrayList<>();
    private RuleInfo current;
    /** The analyses the rule of the check under way declared. */
    private Set<Class<?>> currentUses;

    FileRun(SourceFile file, CompilationUnit unit, SourceText text, Project project, Analyses analyses,
            Dispatcher dispatcher, LongAdder misses, LongAdder resolutionNanos) {
        this.file = file;
        this.unit = unit;
        this.text = text;
        this.suppressions = Suppressions.of(unit, text.text());
        this.resolver = new Resolver(unit, misses, resolutionNanos);
        this.project = project;
        this.analyses = analyses;
        this.dispatcher = dispatcher;
    }

    void check(Dispatcher.Handler handler, Node node) {
        current = handler.info();
        currentUses = dispatcher.uses(handler.ruleIndex());
        try {
            handler.check().check(node, this);
        } finally {
            current = null;
            currentUses = null;
        }
    }

    /**
     * The findings, less those a rule supersedes on a line where it reported too.
     *
     * @param supersedes rule id to the ids of the rules it supersedes
     */
    List<Finding> findings(java.util.Map<String, java.util.Set<String>> supersedes) {
        return withoutSuperseded(findings, supersedes);
    }

    /**
     * {@code findings} less those of a rule that another rule supersedes on a line of the
     * same file where it reported too, and less repeats of a finding (one place and rule,
     * reported from several files): the first in order is kept.
     */
    static List<Finding> withoutSuperseded(List<Finding> findings, java.util.Map<String, java.util.Set<String>> supersedes) {
        java.util.Set<String> replaced = new java.util.HashSet<>();
        for (Finding finding : findings) {
            for (String weaker : supersedes.getOrDefault(finding.ruleId(), java.util.Set.of())) {
                replaced.add(weaker + "@" + finding.location().path() + ":" + finding.location().range().startLine());
            }
        }
        java.util.Set<String> seen = new java.util.HashSet<>();
        List<Finding> kept = new ArrayList<>();
        for (Finding finding : findings) {
            if (!replaced.contains(finding.ruleId() + "@" + finding.location().path() + ":"
                    + finding.location().range().startLine())
                    && seen.add(finding.ruleId() + "@" + finding.location())) {
                kept.add(finding);
            }
        }
        return kept;
    }

    /** Drops what a rule reported on this file (it was stopped part way). */
    void discard(String ruleId) {
        findings.removeIf(finding -> finding.ruleId().equals(ruleId));
    }

    /** Whether a rule asked the symbol solver anything about this file. */
    boolean askedSolver() {
        return resolver.asked();
    }

    @Override
    public CompilationUnit compilationUnit() {
        return unit;
    }

    @Override
    public String path() {
        return file.uri();
    }

    @Override
    public boolean isTestSource() {
        return file.test();
    }

    @Override
    public dev.backlint.api.Resolution resolver() {
        return resolver;
    }

    @Override
    public Project project() {
        return project;
    }

    @Override
    public Constants constants() {
        return made(Constants.class);
    }

    @Override
    public <A> A analysis(Class<A> type) {
        if (currentUses != null && !currentUses.contains(type)) {
            throw new IllegalStateException("rule " + current.id() + " asks for " + type.getSimpleName()
                    + " without declaring it with Checks.uses");
        }
        return made(type);
    }

    private <A> A made(Class<A> type) {
        Object analysis = made.get(type);
        if (analysis == null) {
            analysis = analyses.provider(type).create(this);
            made.put(type, analysis);
        }
        return type.cast(analysis);
    }

    @Override
    public void report(Node node, String message) {
        report(node, message, List.of());
    }

    @Override
    public void report(Node node, String message, List<Related> related) {
        report(node, message, related, List.of());
    }

    @Override
    public java.util.Optional<Location> locate(Node node) {
        return node.getRange().map(r -> new Location(file.uri(), SourceRange.of(r)));
    }

    @Override
    public void reportAt(Location location, boolean suppressed, String message, List<FlowStep> flow) {
        if (current == null) {
            throw new IllegalStateException("reportAt() called outside a check");
        }
        String line = location.path().equals(file.uri()) ? text.line(location.range().startLine())
                : lineOfAnotherFile(location);
        findings.add(new Finding(current.id(), current.level(), message, location, line, flow, List.of(), suppressed));
    }

    /** The text of a line of another scanned file, read from disk (the few findings placed there). */
    private String lineOfAnotherFile(Location location) {
        String self = file.file().toString().replace(java.io.File.separatorChar, '/');
        if (!self.endsWith("/" + file.uri()) && !self.equals(file.uri())) {
            return "";
        }
        java.nio.file.Path other = java.nio.file.Path.of(self.substring(0, self.length() - file.uri().length())
                + location.path());
        try {
            return SourceText.decode(java.nio.file.Files.readAllBytes(other)).line(location.range().startLine());
        } catch (java.io.IOException | RuntimeException e) {
            return "";
        }
    }

    @Override
    public void report(Node node, String message, List<Related> related, List<Related> flow) {
        report(node, message, related, flow, null);
    }

    @Override
    public void report(Node node, String message, List<Related> related, dev.backlint.api.Fix fix) {
        report(node, message, related, List.of(), fix);
    }

    @Override
    public void report(Node node, String message, dev.backlint.api.Level level) {
        report(node, message, List.of(), List.of(), null, level);
    }

    @Override
    public java.util.Optional<String> source(SourceRange range) {
        return text.of(range);
    }

    private void report(Node node, String message, List<Related> related, List<Related> flow,
                        dev.backlint.api.Fix fix) {
        report(node, message, related, flow, fix, current == null ? null : current.level());
    }

    private void report(Node node, String message, List<Related> related, List<Related> flow,
                        dev.backlint.api.Fix fix, dev.backlint.api.Level level) {
        if (current == null) {
            throw new IllegalStateException("report() called outside a check");
        }
        if (node.getRange().isEmpty()) {
            return;
        }
        SourceRange range = SourceRange.of(node.getRange().get());
        List<RelatedLocation> relatedLocations = new ArrayList<>();
        for (Related place : related) {
            place.node().getRange().ifPresent(r -> relatedLocations.add(new RelatedLocation(
                    relatedLocations.size() + 1, new Location(file.uri(), SourceRange.of(r)), place.message())));
        }
        List<FlowStep> steps = new ArrayList<>();
        for (Related step : flow) {
            step.node().getRange().ifPresent(r -> steps.add(
                    new FlowStep(new Location(file.uri(), SourceRange.of(r)), step.message())));
        }
        boolean suppressed = suppressions.suppressed(current.id(), node, range.startLine());
        findings.add(new Finding(current.id(), level, message, new Location(file.uri(), range),
                text.line(range.startLine()), steps, relatedLocations, suppressed,
                fix == null ? List.of() : List.of(fix)));
    }
}
