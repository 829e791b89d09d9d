package dev.backlint.report;

import com.contrastsecurity.sarif.Invocation;
import com.contrastsecurity.sarif.Location;
import com.contrastsecurity.sarif.Notification;
import com.contrastsecurity.sarif.PhysicalLocation;
import com.contrastsecurity.sarif.Region;
import com.contrastsecurity.sarif.ReportingDescriptorReference;
import com.contrastsecurity.sarif.Result;
import com.contrastsecurity.sarif.Run;
import com.contrastsecurity.sarif.RunAutomationDetails;
import com.contrastsecurity.sarif.SarifSchema210;
import com.contrastsecurity.sarif.Tool;
import com.contrastsecurity.sarif.ToolComponent;
import dev.backlint.api.Finding;
import dev.backlint.api.Level;
import dev.backlint.engine.Backlint;
import dev.backlint.engine.Baseline;
import dev.backlint.engine.Fingerprints;
import dev.backlint.engine.ScanResult;
import java.io.IOException;
import java.io.Writer;
import java.net.URI;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Set;

/**
 * SARIF 2.1.0 for GitHub code scanning, one run per file: every rule that ran, one
 * result per unsuppressed finding, the scan's notifications, and paths relative to
 * the repository root. The output is the same byte for byte for the same scan,
 * apart from the invocation's start and end times.
 */
public final class SarifRenderer implements Renderer {

    static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";

    /** GitHub's limit of results per run. */
    public static final int MAX_RESULTS = 25_000;

    private final boolean includeSuppressed;
    private final String category;
    private final int maxResults;

    /**
     * @param includeSuppressed keep suppressed findings, marked {@code inSource}; GitHub
     *                          ignores the marking, so leave this off for uploads
     * @param category          the run's category ({@code automationDetails.id}), or
     *                          {@code null} (or blank) for none
     */
    public SarifRenderer(boolean includeSuppressed, String category) {
        this(includeSuppressed, category, MAX_RESULTS);
    }

    /**
     * Writes a baseline for {@code --baseline}: every unsuppressed finding of the scan,
     * with no limit on their number, and none of the comparison with an earlier baseline.
     */
    public static void writeBaseline(ScanResult result, Writer out) throws IOException {
        ScanResult current = new ScanResult(result.rules(), result.findings(), result.notifications(),
                result.filesScanned(), result.filesFailed(), result.linesScanned(), result.started(), result.finished(),
                result.diagnostics(), null);
        new SarifRenderer(false, null, Integer.MAX_VALUE).render(current, out);
    }

    SarifRenderer(boolean includeSuppressed, String category, int maxResults) {
        this.includeSuppressed = includeSuppressed;
        this.category = category;
        this.maxResults = maxResults;
    }

    @Override
    public void render(ScanResult result, Writer out) throws IOException {
        SarifJson.write(log(result), out);
    }

    SarifSchema210 log(ScanResult scan) {
        List<Finding> findings = scan.findings().stream().sorted().toList();
        SarifRules rules = SarifRules.of(scan.rules(), findings);
        List<String> fingerprints = Fingerprints.of(findings);
        List<String> moved = Fingerprints.moved(findings);

        List<Result> results = new ArrayList<>();
        int left = 0;
        for (int i = 0; i < findings.size(); i++) {
            Finding finding = findings.get(i);
            if (finding.suppressed() && !includeSuppressed) {
                continue;
            }
            if (results.size() == maxResults) {
                left++;
                continue;
            }
            Result added = SarifResults.result(finding, rules.indexOf(finding.ruleId()), fingerprints.get(i),
                    moved.get(i));
            if (scan.baseline() != null) {
                added.setBaselineState(Result.BaselineState.fromValue(scan.baseline().state(finding).id()));
            }
            results.add(added);
        }
        if (scan.baseline() != null) {
            for (Baseline.Entry entry : scan.baseline().absent()) {
                var index = rules.find(entry.ruleId());
                if (index.isEmpty()) {
                    continue; // a rule this run did not describe: it did not run
                }
                if (results.size() == maxResults) {
                    left++;
                    continue;
                }
                results.add(SarifResults.absent(entry, index.getAsInt()));
            }
        }

        List<Notification> notifications = new ArrayList<>();
        for (dev.backlint.engine.Notification notification : scan.notifications().stream().sorted().toList()) {
            notifications.add(notification(notification, rules));
        }
        if (left > 0) {
            notifications.add(new Notification().withLevel(Notification.Level.WARNING).withMessage(SarifLocations.text(
                    "Only the first " + maxResults + " of " + (maxResults + left) + " results are in this file: "
                            + "GitHub code scanning accepts at most " + maxResults + " per run.")));
        }

        Run run = new Run()
                .withTool(new Tool().withDriver(new ToolComponent()
                        .withName(Backlint.NAME)
                        .withVersion(Backlint.version())
                        .withSemanticVersion(Backlint.version())
                        .withInformationUri(URI.create(Backlint.HOME))
                        .withRules(rules.descriptors())))
                .withInvocations(List.of(invocation(scan, notifications)))
                .withResults(results)
                .withColumnKind(Run.ColumnKind.UTF_16_CODE_UNITS);
        if (category != null && !category.isBlank()) {
            run.setAutomationDetails(new RunAutomationDetails().withId(automationId(category)));
        }
        return new SarifSchema210()
                .with$schema(URI.create(SCHEMA))
                .withVersion(SarifSchema210.Version._2_1_0)
                .withRuns(List.of(run));
    }

    /** The category as GitHub wants it: {@code category/}, with one trailing slash. */
    static String automationId(String category) {
        String trimmed = category.strip();
        while (trimmed.endsWith("/")) {
            trimmed = trimmed.substring(0, trimmed.length() - 1);
        }
        return trimmed + "/";
    }

    private static Invocation invocation(ScanResult scan, List<Notification> notifications) {
        Invocation invocation = new Invocation()
                .withExecutionSuccessful(!scan.hasInternalErrors())
                .withToolExecutionNotifications(notifications);
        if (scan.started() != null) {
            invocation.setStartTimeUtc(Date.from(scan.started()));
        }
        if (scan.finished() != null) {
            invocation.setEndTimeUtc(Date.from(scan.finished()));
        }
        return invocation;
    }

    private static Notification notification(dev.backlint.engine.Notification notification, SarifRules rules) {
        Notification sarif = new Notification()
                .withLevel(level(notification.level()))
                .withMessage(SarifLocations.text(notification.message()));
        if (notification.uri() != null) {
            PhysicalLocation place = new PhysicalLocation().withArtifactLocation(SarifLocations.artifact(notification.uri()));
            if (notification.line() > 0) {
                place.setRegion(new Region().withStartLine(notification.line()));
            }
            sarif.setLocations(Set.of(new Location().withPhysicalLocation(place)));
        }
        if (notification.ruleId() != null) {
            ReportingDescriptorReference rule = new ReportingDescriptorReference().withId(notification.ruleId());
            rules.find(notification.ruleId()).ifPresent(rule::setIndex);
            sarif.setAssociatedRule(rule);
        }
        return sarif;
    }

    private static Notification.Level level(Level level) {
        return Notification.Level.fromValue(level.id());
    }
}
