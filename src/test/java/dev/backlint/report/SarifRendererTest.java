package dev.backlint.report;

import static dev.backlint.report.Samples.SELECT_STAR;
import static dev.backlint.report.Samples.SQL_INJECTION;
import static dev.backlint.report.Samples.WILDCARD_IMPORT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.contrastsecurity.sarif.ThreadFlowLocation;
import com.fasterxml.jackson.databind.JsonNode;
import dev.backlint.api.Finding;
import dev.backlint.api.FlowStep;
import dev.backlint.api.Level;
import dev.backlint.api.Location;
import dev.backlint.api.Precision;
import dev.backlint.api.SourceRange;
import dev.backlint.engine.Backlint;
import dev.backlint.engine.Notification;
import dev.backlint.engine.RuleDescriptor;
import dev.backlint.engine.ScanResult;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The SARIF acceptance checklist ({@code shared/SARIF.md}), item by item, on the JSON written. */
class SarifRendererTest {

    @Test
    void writesSchemaVersionAndExactlyOneRun() {
        JsonNode log = sarif(Samples.result(List.of(Samples.selectStar("src/A.java", 3))));

        assertEquals("https://json.schemastore.org/sarif-2.1.0.json", log.path("$schema").asText());
        assertEquals("2.1.0", log.path("version").asText());
        assertEquals(1, log.path("runs").size(), "runs: " + log.path("runs"));
        assertEquals("utf16CodeUnits", run(log).path("columnKind").asText());
    }

    @Test
    void writesEmptyResultsArrayWhenNothingIsFound() {
        JsonNode run = run(sarif(Samples.result(List.of())));

        assertTrue(run.path("results").isArray(), "results must be present even when empty: " + run);
        assertEquals(0, run.path("results").size());
        assertEquals(3, run.path("tool").path("driver").path("rules").size(), "rules that ran are listed anyway");
    }

    @Test
    void describesTheToolWithItsFixedNameAndVersion() {
        JsonNode driver = run(sarif(Samples.result(List.of()))).path("tool").path("driver");

        assertEquals(Backlint.NAME, driver.path("name").asText());
        assertEquals(Backlint.version(), driver.path("version").asText());
        assertEquals(Backlint.version(), driver.path("semanticVersion").asText());
        assertEquals(Backlint.HOME, driver.path("informationUri").asText());
    }

    @Test
    void listsEveryRuleThatRanSortedById() {
        List<RuleDescriptor> unsorted = List.of(WILDCARD_IMPORT, SQL_INJECTION, SELECT_STAR);
        JsonNode rules = run(sarif(Samples.result(unsorted, List.of(), List.of()))).path("tool").path("driver").path("rules");

        assertEquals(List.of("select-star", "sql-injection", "wildcard-import"), texts(rules, "id"));
    }

    @Test
    void describesEachRuleCompletely() {
        JsonNode rules = run(sarif(Samples.result(List.of()))).path("tool").path("driver").path("rules");

        for (JsonNode rule : rules) {
            String id = rule.path("id").asText();
            assertFalse(rule.path("name").asText().isEmpty(), id + ": name");
            assertTrue(rule.path("name").asText().length() <= 255, id + ": name longer than 255");
            assertFalse(rule.path("shortDescription").path("text").asText().isEmpty(), id + ": shortDescription");
            String full = rule.path("fullDescription").path("text").asText();
            assertFalse(full.isEmpty(), id + ": fullDescription");
            assertTrue(full.length() <= 1024, id + ": fullDescription longer than 1024");
            assertFalse(rule.path("help").path("text").asText().isEmpty(), id + ": help.text");
            assertTrue(rule.path("help").path("markdown").asText().contains("(" + Backlint.ruleDocUri(id) + ")"),
                    id + ": help.markdown should link the rule's doc: " + rule.path("help").path("markdown"));
            assertTrue(Set.of("note", "warning", "error").contains(rule.path("defaultConfiguration").path("level").asText()),
                    id + ": defaultConfiguration.level " + rule.path("defaultConfiguration"));
            assertTrue(Set.of("very-high", "high", "medium", "low").contains(rule.path("properties").path("precision").asText()),
                    id + ": precision " + rule.path("properties"));
        }
        assertEquals("warning", rules.get(0).path("defaultConfiguration").path("level").asText(),
                "a warning rule's default level must be written, not left to SARIF's default");
        assertEquals("SelectStar", rules.get(0).path("name").asText());
        assertEquals(SELECT_STAR.summary(), rules.get(0).path("shortDescription").path("text").asText());
        assertEquals(SELECT_STAR.fullDescription(), rules.get(0).path("fullDescription").path("text").asText());
    }

    @Test
    void cutsFullDescriptionAndNameToGitHubLimits() {
        RuleDescriptor verbose = new RuleDescriptor("long-winded", "L".repeat(300), "Summary", "word ".repeat(400),
                "doc", Level.WARNING, List.of(), 0, 0, Precision.LOW);
        JsonNode rule = run(sarif(Samples.result(List.of(verbose), List.of(), List.of()))).path("tool").path("driver").path("rules").get(0);

        assertEquals(1024, rule.path("fullDescription").path("text").asText().length());
        assertEquals(255, rule.path("name").asText().length());
    }

    @Test
    void givesNonSecurityRulesProblemSeverityOnly() {
        JsonNode rules = run(sarif(Samples.result(List.of()))).path("tool").path("driver").path("rules");
        JsonNode selectStar = rules.get(0).path("properties");
        JsonNode wildcardImport = rules.get(2).path("properties");

        assertEquals("warning", selectStar.path("problem.severity").asText(), selectStar.toString());
        assertEquals("recommendation", wildcardImport.path("problem.severity").asText(), wildcardImport.toString());
        assertTrue(selectStar.path("security-severity").isMissingNode(), selectStar.toString());
        assertFalse(texts(selectStar.path("tags")).contains("security"), selectStar.toString());
    }

    @Test
    void givesSecurityRulesSecuritySeverityAsStringAndSecurityTag() {
        JsonNode properties = run(sarif(Samples.result(List.of()))).path("tool").path("driver").path("rules").get(1).path("properties");

        JsonNode severity = properties.path("security-severity");
        assertTrue(severity.isTextual(), "security-severity must be a string: " + properties);
        assertEquals("9.8", severity.asText());
        double score = Double.parseDouble(severity.asText());
        assertTrue(score > 0 && score <= 10, "security-severity out of (0, 10]: " + score);
        assertTrue(texts(properties.path("tags")).contains("security"), properties.toString());
        assertTrue(properties.path("problem.severity").isMissingNode(), properties.toString());
    }

    @Test
    void writesTagsInOrderWithoutDuplicatesAndAtMostTwenty() {
        List<String> tags = new ArrayList<>(List.of("sql", "security", "sql"));
        IntStream.rangeClosed(1, 25).forEach(i -> tags.add("topic-" + i));
        tags.add("security");
        RuleDescriptor tagged = new RuleDescriptor("many-tags", "ManyTags", "Summary", "Full", "doc",
                Level.ERROR, tags, 0, 5.0, Precision.HIGH);
        JsonNode written = run(sarif(Samples.result(List.of(tagged), List.of(), List.of())))
                .path("tool").path("driver").path("rules").get(0).path("properties").path("tags");

        List<String> names = texts(written);
        assertEquals(20, names.size(), "tags: " + names);
        assertEquals(new HashSet<>(names).size(), names.size(), "duplicate tags: " + names);
        assertEquals(List.of("sql", "security", "topic-1", "topic-2"), names.subList(0, 4));
    }

    @Test
    void scoresSecurityRuleTaggedWithoutSeverityByItsLevel() {
        RuleDescriptor tagged = new RuleDescriptor("tagged-only", "TaggedOnly", "Summary", "Full", "doc",
                Level.WARNING, List.of("security"), 0, 0, Precision.HIGH);
        JsonNode properties = run(sarif(Samples.result(List.of(tagged), List.of(), List.of())))
                .path("tool").path("driver").path("rules").get(0).path("properties");

        assertEquals("5.0", properties.path("security-severity").asText(), properties.toString());
    }

    @Test
    void writesWarningLevelExplicitly() {
        JsonNode result = run(sarif(Samples.result(List.of(Samples.selectStar("src/A.java", 3))))).path("results").get(0);

        assertEquals("warning", result.path("level").asText(), "level must be explicit even at SARIF's default: " + result);
        assertTrue(result.path("kind").isMissingNode() || result.path("kind").asText().equals("fail"), result.toString());
    }

    @Test
    void pointsRuleIndexAtTheRuleWithTheResultsRuleId() {
        JsonNode run = run(sarif(Samples.result(List.of(Samples.injection(), Samples.selectStar("src/A.java", 3)))));
        JsonNode rules = run.path("tool").path("driver").path("rules");

        assertEquals(2, run.path("results").size());
        for (JsonNode result : run.path("results")) {
            int index = result.path("ruleIndex").asInt(-1);
            assertTrue(index >= 0 && index < rules.size(), "ruleIndex out of range: " + result);
            assertEquals(result.path("ruleId").asText(), rules.get(index).path("id").asText(), "ruleIndex of " + result);
        }
    }

    @Test
    void addsRuleForFindingOfARuleThatIsNotListed() {
        Finding stray = new Finding("unlisted-rule", Level.NOTE, "Something.", Samples.at("src/A.java", 1, 1, 2),
                "x", List.of(), List.of(), false);
        JsonNode run = run(sarif(Samples.result(List.of(SELECT_STAR), List.of(stray), List.of())));

        JsonNode rules = run.path("tool").path("driver").path("rules");
        int index = run.path("results").get(0).path("ruleIndex").asInt();
        assertEquals("unlisted-rule", rules.get(index).path("id").asText(), rules.toString());
    }

    @Test
    void writesOneLocationWithFullRegion() {
        Finding finding = new Finding("select-star", Level.WARNING, "Message.",
                new Location("src/main/java/A.java", new SourceRange(7, 5, 9, 12)), "x", List.of(), List.of(), false);
        JsonNode result = run(sarif(Samples.result(List.of(finding)))).path("results").get(0);

        assertEquals(1, result.path("locations").size());
        JsonNode region = result.path("locations").get(0).path("physicalLocation").path("region");
        assertEquals(List.of(7, 5, 9, 12), List.of(region.path("startLine").asInt(), region.path("startColumn").asInt(),
                region.path("endLine").asInt(), region.path("endColumn").asInt()), region.toString());
        assertEquals("Message.", result.path("message").path("text").asText());
    }

    @Test
    void writesRelativeUrisWithForwardSlashes() {
        JsonNode run = run(sarif(Samples.result(List.of(
                Samples.selectStar("src/main/java/com/example/A.java", 3),
                Samples.selectStar("src/main/java/com/example/Report Query.java", 3)))));

        List<String> uris = new ArrayList<>();
        for (JsonNode result : run.path("results")) {
            uris.add(result.path("locations").get(0).path("physicalLocation").path("artifactLocation").path("uri").asText());
        }
        assertEquals(List.of("src/main/java/com/example/A.java", "src/main/java/com/example/Report%20Query.java"), uris);
        for (String uri : uris) {
            assertFalse(uri.startsWith("file:") || uri.startsWith("/") || uri.contains("..") || uri.contains("\\"),
                    "not a relative URI: " + uri);
        }
    }

    @Test
    void percentEncodesWhatIsNotAUriPathCharacter() {
        assertEquals("src/%C3%BCber/a%3Ab%20c.java", SarifLocations.uri("src/\u00FCber/a:b c.java"));
        assertEquals("src/A.java", SarifLocations.uri("./src\\A.java"));
    }

    @Test
    void keepsFirstStepsAndTheSinkOfAnOverlongCodeFlow() {
        List<FlowStep> steps = IntStream.rangeClosed(1, SarifResults.MAX_FLOW_STEPS + 5)
                .mapToObj(i -> new FlowStep(Samples.at("src/A.java", i, 1, 2), "step " + i)).toList();
        List<ThreadFlowLocation> kept = SarifResults.codeFlow(steps).getThreadFlows().get(0).getLocations();

        assertEquals(SarifResults.MAX_FLOW_STEPS, kept.size());
        assertEquals("step " + steps.size(), kept.get(kept.size() - 1).getLocation().getMessage().getText());
    }

    @Test
    void writesInvocationTimesAsUtcStringsEndingInZ() {
        JsonNode invocation = run(sarif(Samples.result(List.of()))).path("invocations").get(0);

        assertEquals("2025-03-04T05:06:07.890Z", invocation.path("startTimeUtc").asText(), invocation.toString());
        assertEquals("2025-03-04T05:06:09.140Z", invocation.path("endTimeUtc").asText(), invocation.toString());
        assertTrue(invocation.path("startTimeUtc").isTextual(), "dates must be strings, not epoch numbers");
        assertTrue(invocation.path("executionSuccessful").asBoolean(false), invocation.toString());
    }

    @Test
    void leavesAutomationDetailsOutWithoutCategory() {
        JsonNode run = run(sarif(Samples.result(List.of())));

        assertTrue(run.path("automationDetails").isMissingNode(), run.path("automationDetails").toString());
        assertNull(automationId(" "), "a blank category is no category");
    }

    @Test
    void endsAutomationDetailsIdWithOneSlash() {
        assertEquals("backlint/java/", automationId("backlint/java"));
        assertEquals("backlint/java/", automationId("backlint/java/"));
        assertEquals("backlint/java/", automationId("backlint/java//"));
    }

    @Test
    void leavesSuppressedFindingsOutByDefault() {
        ScanResult result = Samples.result(List.of(Samples.suppressed(Samples.selectStar("src/A.java", 3)),
                Samples.selectStar("src/B.java", 3)));
        JsonNode results = run(sarif(result)).path("results");

        assertEquals(1, results.size(), results.toString());
        assertTrue(results.get(0).path("suppressions").isMissingNode(), results.toString());
    }

    @Test
    void keepsSuppressedFindingsMarkedInSourceWhenAsked() {
        ScanResult result = Samples.result(List.of(Samples.suppressed(Samples.selectStar("src/A.java", 3)),
                Samples.selectStar("src/B.java", 3)));
        JsonNode results = run(render(new SarifRenderer(true, null), result)).path("results");

        assertEquals(2, results.size(), results.toString());
        assertEquals("inSource", results.get(0).path("suppressions").get(0).path("kind").asText(), results.get(0).toString());
        assertTrue(results.get(1).path("suppressions").isMissingNode(), results.get(1).toString());
    }

    @Test
    void writesEveryNotificationWithLevelMessageAndLocation() {
        ScanResult result = Samples.result(Samples.RULES, List.of(), List.of(
                new Notification(Level.WARNING, "src/Broken.java", 7, null, Notification.Kind.PARSE_ERROR, "Cannot parse."),
                new Notification(Level.WARNING, "src/Odd.java", 0, null, Notification.Kind.ENCODING, "Not UTF-8."),
                new Notification(Level.NOTE, null, 0, null, Notification.Kind.SKIPPED, "Skipped 2 files.")));
        JsonNode invocation = run(sarif(result)).path("invocations").get(0);
        JsonNode notifications = invocation.path("toolExecutionNotifications");

        assertEquals(3, notifications.size(), notifications.toString());
        assertEquals(List.of("Skipped 2 files.", "Cannot parse.", "Not UTF-8."), texts(notifications, "message", "text"));
        assertEquals(List.of("note", "warning", "warning"), texts(notifications, "level"));
        assertTrue(notifications.get(0).path("locations").isMissingNode(), notifications.get(0).toString());
        JsonNode broken = notifications.get(1).path("locations").get(0).path("physicalLocation");
        assertEquals("src/Broken.java", broken.path("artifactLocation").path("uri").asText());
        assertEquals(7, broken.path("region").path("startLine").asInt(), broken.toString());
        JsonNode odd = notifications.get(2).path("locations").get(0).path("physicalLocation");
        assertEquals("src/Odd.java", odd.path("artifactLocation").path("uri").asText());
        assertTrue(odd.path("region").isMissingNode(), "no region when the line is unknown: " + odd);
        assertTrue(invocation.path("executionSuccessful").asBoolean(false), "no rule failed: " + invocation);
    }

    @Test
    void reportsExecutionUnsuccessfulWhenARuleFailed() {
        ScanResult result = Samples.result(Samples.RULES, List.of(), List.of(new Notification(Level.ERROR,
                "src/A.java", 3, "select-star", Notification.Kind.RULE_FAILURE, "Rule select-star failed.")));
        JsonNode invocation = run(sarif(result)).path("invocations").get(0);

        assertFalse(invocation.path("executionSuccessful").asBoolean(true), invocation.toString());
        JsonNode rule = invocation.path("toolExecutionNotifications").get(0).path("associatedRule");
        assertEquals("select-star", rule.path("id").asText(), rule.toString());
        assertEquals(0, rule.path("index").asInt(-1), rule.toString());
    }

    @Test
    void writesCodeFlowWithInlineThreadFlowLocations() {
        JsonNode result = run(sarif(Samples.result(List.of(Samples.injection())))).path("results").get(0);

        JsonNode steps = result.path("codeFlows").get(0).path("threadFlows").get(0).path("locations");
        assertEquals(3, steps.size(), result.path("codeFlows").toString());
        for (JsonNode step : steps) {
            assertTrue(step.path("index").isMissingNode(), "thread flow locations must be inline: " + step);
            assertFalse(step.path("location").path("physicalLocation").path("artifactLocation").path("uri").asText().isEmpty(),
                    step.toString());
        }
        assertEquals(List.of("request parameter `id`", "passed as `id`", "concatenated into SQL"),
                texts(steps, "location", "message", "text"));
        assertEquals(17, steps.get(0).path("location").path("physicalLocation").path("region").path("startLine").asInt());
    }

    @Test
    void leavesCodeFlowsAndRelatedLocationsOutWhenThereAreNone() {
        JsonNode result = run(sarif(Samples.result(List.of(Samples.selectStar("src/A.java", 3))))).path("results").get(0);

        assertTrue(result.path("codeFlows").isMissingNode(), result.toString());
        assertTrue(result.path("relatedLocations").isMissingNode(), result.toString());
    }

    @Test
    void writesRelatedLocationsWithTheIdsTheMessageLinks() {
        JsonNode result = run(sarif(Samples.result(List.of(Samples.injection())))).path("results").get(0);

        JsonNode related = result.path("relatedLocations");
        assertEquals(1, related.size(), related.toString());
        assertEquals(1, related.get(0).path("id").asInt(), related.toString());
        assertEquals("request parameter", related.get(0).path("message").path("text").asText());
        assertTrue(result.path("message").path("text").asText().contains("](1)"), result.path("message").toString());
    }

    @Test
    void writesOnlyTheVersionedBacklintFingerprints() {
        JsonNode result = run(sarif(Samples.result(List.of(Samples.selectStar("src/A.java", 3))))).path("results").get(0);

        JsonNode fingerprints = result.path("partialFingerprints");
        List<String> keys = new ArrayList<>();
        fingerprints.fieldNames().forEachRemaining(keys::add);
        assertEquals(List.of("backlint/moved/v1", "backlint/v1"), keys.stream().sorted().toList(),
                "no primaryLocationLineHash: GitHub computes its own");
        assertTrue(fingerprints.path("backlint/v1").asText().matches("[0-9a-f]{64}"), fingerprints.toString());
        assertTrue(fingerprints.path("backlint/moved/v1").asText().matches("[0-9a-f]{64}"), fingerprints.toString());
        assertNotEquals(fingerprints.path("backlint/v1"), fingerprints.path("backlint/moved/v1"));
    }

    @Test
    void writesTheSameBytesForTheSameScanApartFromTimes() {
        List<Finding> findings = List.of(Samples.injection(), Samples.selectStar("src/B.java", 3),
                Samples.selectStar("src/A.java", 9));
        List<Notification> notifications = List.of(
                new Notification(Level.WARNING, "src/B.java", 1, null, Notification.Kind.PARSE_ERROR, "B."),
                new Notification(Level.WARNING, "src/A.java", 1, null, Notification.Kind.PARSE_ERROR, "A."));
        ScanResult first = Samples.result(Samples.RULES, findings, notifications);
        ScanResult second = new ScanResult(List.of(WILDCARD_IMPORT, SELECT_STAR, SQL_INJECTION),
                List.of(findings.get(2), findings.get(0), findings.get(1)),
                List.of(notifications.get(1), notifications.get(0)), 3, 0, 120,
                Instant.parse("2026-01-01T00:00:00Z"), Instant.parse("2026-01-01T00:00:05Z"));

        String one = withoutTimes(Samples.render(new SarifRenderer(true, "java"), first));
        String again = withoutTimes(Samples.render(new SarifRenderer(true, "java"), first));
        String reordered = withoutTimes(Samples.render(new SarifRenderer(true, "java"), second));
        assertEquals(one, again);
        assertEquals(one, reordered, "input order or times must not change the output");
    }

    @Test
    void writesPrettyPrintedJsonEndingWithNewline() {
        String text = Samples.render(new SarifRenderer(false, null), Samples.result(List.of()));

        assertTrue(text.startsWith("{\n  \"$schema\": "), text.substring(0, Math.min(40, text.length())));
        assertTrue(text.endsWith("}\n"), "should end with a newline");
        assertFalse(text.contains("\r"), "line ends must be \\n on every platform");
    }

    @Test
    void truncatesResultsAtTheLimitAndSaysSo() {
        List<Finding> findings = IntStream.rangeClosed(1, 5).mapToObj(i -> Samples.selectStar("src/A.java", i)).toList();
        JsonNode run = run(render(new SarifRenderer(false, null, 3), Samples.result(findings)));

        assertEquals(3, run.path("results").size());
        JsonNode notifications = run.path("invocations").get(0).path("toolExecutionNotifications");
        assertEquals(1, notifications.size(), notifications.toString());
        assertTrue(notifications.get(0).path("message").path("text").asText().contains("first 3 of 5 results"),
                notifications.toString());
    }

    // --- helpers ---

    private static String automationId(String category) {
        return run(render(new SarifRenderer(false, category), Samples.result(List.of())))
                .path("automationDetails").path("id").asText(null);
    }

    private static JsonNode sarif(ScanResult result) {
        return render(new SarifRenderer(false, null), result);
    }

    private static JsonNode render(SarifRenderer renderer, ScanResult result) {
        return Samples.parse(Samples.render(renderer, result));
    }

    private static JsonNode run(JsonNode log) {
        return log.path("runs").get(0);
    }

    private static String withoutTimes(String sarif) {
        return sarif.replaceAll("\"(start|end)TimeUtc\": \"[^\"]*\"", "\"$1TimeUtc\": \"\"");
    }

    private static List<String> texts(JsonNode array, String... path) {
        List<String> texts = new ArrayList<>();
        for (JsonNode element : array) {
            JsonNode node = element;
            for (String name : path) {
                node = node.path(name);
            }
            texts.add(node.asText());
        }
        return texts;
    }
}
