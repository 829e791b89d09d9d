package dev.backlint.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.backlint.api.Level;
import dev.backlint.engine.Backlint;
import dev.backlint.engine.Notification;
import dev.backlint.engine.ScanResult;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonRendererTest {

    @Test
    void writesSectionsAndSummaryInFixedOrder() {
        JsonNode document = json(Samples.result(List.of()));

        assertEquals(List.of("tool", "summary", "findings", "notifications"), keys(document));
        assertEquals(List.of("name", "version"), keys(document.path("tool")));
        assertEquals(Backlint.NAME, document.path("tool").path("name").asText());
        assertEquals(Backlint.version(), document.path("tool").path("version").asText());
        assertEquals(List.of("filesScanned", "filesFailed", "linesScanned", "errors", "warnings", "notes", "suppressed"),
                keys(document.path("summary")));
        assertTrue(document.path("findings").isArray() && document.path("findings").isEmpty(), document.toString());
    }

    @Test
    void writesFindingFieldsInFixedOrder() {
        JsonNode finding = json(Samples.result(List.of(Samples.selectStar("src/A.java", 3)))).path("findings").get(0);

        assertEquals(List.of("ruleId", "level", "message", "path", "startLine", "startColumn", "endLine", "endColumn",
                "suppressed", "codeFlow", "related", "fixes"), keys(finding));
        assertEquals("select-star", finding.path("ruleId").asText());
        assertEquals("warning", finding.path("level").asText());
        assertEquals("src/A.java", finding.path("path").asText());
        assertEquals(List.of(3, 22, 3, 43), List.of(finding.path("startLine").asInt(), finding.path("startColumn").asInt(),
                finding.path("endLine").asInt(), finding.path("endColumn").asInt()));
        assertEquals(false, finding.path("suppressed").asBoolean(true));
    }

    @Test
    void includesSuppressedFindingsMarkedAndCountsThemApart() {
        ScanResult result = Samples.result(List.of(Samples.injection(),
                Samples.suppressed(Samples.selectStar("src/A.java", 3))));
        JsonNode document = json(result);

        JsonNode findings = document.path("findings");
        assertEquals(2, findings.size(), findings.toString());
        assertEquals(true, findings.get(0).path("suppressed").asBoolean(false), findings.get(0).toString());
        JsonNode summary = document.path("summary");
        assertEquals(List.of(1, 0, 0, 1), List.of(summary.path("errors").asInt(), summary.path("warnings").asInt(),
                summary.path("notes").asInt(), summary.path("suppressed").asInt()), summary.toString());
        assertEquals(List.of(3, 0, 120), List.of(summary.path("filesScanned").asInt(), summary.path("filesFailed").asInt(),
                summary.path("linesScanned").asInt()), summary.toString());
    }

    @Test
    void writesCodeFlowStepsAndRelatedLocations() {
        JsonNode finding = json(Samples.result(List.of(Samples.injection()))).path("findings").get(0);

        JsonNode steps = finding.path("codeFlow");
        assertEquals(3, steps.size(), steps.toString());
        assertEquals(List.of("path", "startLine", "startColumn", "endLine", "endColumn", "message"), keys(steps.get(0)));
        assertEquals("src/main/java/com/example/UserController.java", steps.get(0).path("path").asText());
        assertEquals("request parameter `id`", steps.get(0).path("message").asText());
        JsonNode related = finding.path("related");
        assertEquals(1, related.size(), related.toString());
        assertEquals(1, related.get(0).path("id").asInt());
    }

    @Test
    void writesNotificationsWithNullForWhatIsUnknown() {
        ScanResult result = Samples.result(Samples.RULES, List.of(), List.of(
                new Notification(Level.WARNING, "src/Broken.java", 7, null, Notification.Kind.PARSE_ERROR, "cannot parse"),
                new Notification(Level.NOTE, null, 0, null, Notification.Kind.SKIPPED, "skipped")));
        JsonNode notifications = json(result).path("notifications");

        assertEquals(2, notifications.size(), notifications.toString());
        JsonNode skipped = notifications.get(0);
        assertEquals(List.of("level", "kind", "path", "line", "ruleId", "message"), keys(skipped));
        assertTrue(skipped.path("path").isNull() && skipped.path("ruleId").isNull(), skipped.toString());
        JsonNode broken = notifications.get(1);
        assertEquals("parse-error", broken.path("kind").asText());
        assertEquals("src/Broken.java", broken.path("path").asText());
        assertEquals(7, broken.path("line").asInt());
        assertEquals("warning", broken.path("level").asText());
    }

    @Test
    void writesTheSameTextTwiceEndingWithNewline() {
        ScanResult result = Samples.result(List.of(Samples.injection(), Samples.selectStar("src/A.java", 3)));
        String once = Samples.render(new JsonRenderer(), result);

        assertEquals(once, Samples.render(new JsonRenderer(), result));
        assertTrue(once.endsWith("}\n"), "should end with a newline");
    }

    private static JsonNode json(ScanResult result) {
        return Samples.parse(Samples.render(new JsonRenderer(), result));
    }

    private static List<String> keys(JsonNode node) {
        List<String> keys = new ArrayList<>();
        node.fieldNames().forEachRemaining(keys::add);
        return keys;
    }
}
