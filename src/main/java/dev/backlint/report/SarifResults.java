package dev.backlint.report;

import com.contrastsecurity.sarif.CodeFlow;
import com.contrastsecurity.sarif.Location;
import com.contrastsecurity.sarif.PartialFingerprints;
import com.contrastsecurity.sarif.PhysicalLocation;
import com.contrastsecurity.sarif.Region;
import com.contrastsecurity.sarif.Result;
import com.contrastsecurity.sarif.Suppression;
import com.contrastsecurity.sarif.ThreadFlow;
import com.contrastsecurity.sarif.ThreadFlowLocation;
import dev.backlint.api.Finding;
import dev.backlint.api.FlowStep;
import dev.backlint.api.RelatedLocation;
import dev.backlint.engine.Baseline;
import dev.backlint.engine.Fingerprints;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** One SARIF result per finding. */
final class SarifResults {

    /** GitHub's limit of thread flow locations per result. */
    static final int MAX_FLOW_STEPS = 10_000;

    private SarifResults() {
    }

    static Result result(Finding finding, int ruleIndex, String fingerprint, String moved) {
        Result result = new Result()
                .withRuleId(finding.ruleId())
                .withRuleIndex(ruleIndex)
                .withLevel(Result.Level.fromValue(finding.level().id()))
                .withMessage(SarifLocations.text(finding.message()))
                .withLocations(List.of(SarifLocations.location(finding.location())))
                .withPartialFingerprints(new PartialFingerprints().withAdditionalProperty(Fingerprints.KEY, fingerprint)
                        .withAdditionalProperty(Fingerprints.MOVED_KEY, moved));
        if (!finding.codeFlow().isEmpty()) {
            result.setCodeFlows(List.of(codeFlow(finding.codeFlow())));
        }
        if (!finding.related().isEmpty()) {
            result.setRelatedLocations(related(finding.related()));
        }
        if (finding.suppressed()) {
            result.setSuppressions(Set.of(new Suppression().withKind(Suppression.Kind.IN_SOURCE)));
        }
        if (!finding.fixes().isEmpty()) {
            result.setFixes(fixes(finding));
        }
        return result;
    }

    /** The finding's fix, as replacements in its file. */
    private static Set<com.contrastsecurity.sarif.Fix> fixes(Finding finding) {
        Set<com.contrastsecurity.sarif.Fix> fixes = new LinkedHashSet<>();
        for (dev.backlint.api.Fix fix : finding.fixes()) {
            List<com.contrastsecurity.sarif.Replacement> replacements = new ArrayList<>();
            for (dev.backlint.api.Fix.Replacement replacement : fix.replacements()) {
                replacements.add(new com.contrastsecurity.sarif.Replacement()
                        .withDeletedRegion(SarifLocations.region(replacement.range()))
                        .withInsertedContent(new com.contrastsecurity.sarif.ArtifactContent()
                                .withText(replacement.text())));
            }
            fixes.add(new com.contrastsecurity.sarif.Fix()
                    .withDescription(SarifLocations.text(fix.description()))
                    .withArtifactChanges(Set.of(new com.contrastsecurity.sarif.ArtifactChange()
                            .withArtifactLocation(SarifLocations.artifact(finding.location().path()))
                            .withReplacements(replacements))));
        }
        return fixes;
    }

    /** A result of the baseline that the scan no longer finds, where it was then. */
    static Result absent(Baseline.Entry entry, int ruleIndex) {
        Region region = new Region().withStartLine(Math.max(1, entry.line()));
        if (entry.column() > 0) {
            region.setStartColumn(entry.column());
        }
        PartialFingerprints prints = new PartialFingerprints().withAdditionalProperty(Fingerprints.KEY,
                entry.fingerprint());
        if (entry.moved() != null) {
            prints.setAdditionalProperty(Fingerprints.MOVED_KEY, entry.moved());
        }
        return new Result()
                .withRuleId(entry.ruleId())
                .withRuleIndex(ruleIndex)
                .withLevel(Result.Level.fromValue(entry.level().id()))
                .withMessage(SarifLocations.text(entry.message()))
                .withLocations(List.of(new Location().withPhysicalLocation(new PhysicalLocation()
                        .withArtifactLocation(SarifLocations.artifact(entry.uri())).withRegion(region))))
                .withPartialFingerprints(prints)
                .withBaselineState(Result.BaselineState.ABSENT);
    }

    /**
     * One thread flow whose locations are inline (GitHub ignores {@code index}). A flow
     * longer than GitHub accepts keeps its first steps and its last one, the sink.
     */
    static CodeFlow codeFlow(List<FlowStep> steps) {
        List<FlowStep> kept = steps;
        if (steps.size() > MAX_FLOW_STEPS) {
            kept = new ArrayList<>(steps.subList(0, MAX_FLOW_STEPS - 1));
            kept.add(steps.get(steps.size() - 1));
        }
        List<ThreadFlowLocation> locations = new ArrayList<>(kept.size());
        for (FlowStep step : kept) {
            locations.add(new ThreadFlowLocation().withLocation(SarifLocations.location(step.location(), step.message())));
        }
        return new CodeFlow().withThreadFlows(List.of(new ThreadFlow().withLocations(locations)));
    }

    static Set<Location> related(List<RelatedLocation> related) {
        Set<Location> locations = new LinkedHashSet<>();
        for (RelatedLocation place : related) {
            locations.add(SarifLocations.location(place.location(), place.message()).withId(place.id()));
        }
        return locations;
    }
}
