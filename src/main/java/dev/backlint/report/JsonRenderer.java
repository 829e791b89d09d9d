package dev.backlint.report;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.backlint.api.Finding;
import dev.backlint.api.FlowStep;
import dev.backlint.api.Level;
import dev.backlint.api.Location;
import dev.backlint.api.RelatedLocation;
import dev.backlint.engine.Backlint;
import dev.backlint.engine.Baseline;
import dev.backlint.engine.Notification;
import dev.backlint.engine.ScanResult;
import java.io.IOException;
import java.io.Writer;
import java.util.Locale;

/**
 * A plain JSON document for scripts, keys always in the same order:
 * <pre>
 * {"tool": {name, version},
 *  "summary": {filesScanned, filesFailed, linesScanned, errors, warnings, notes, suppressed},
 *  "findings": [{ruleId, level, message, path, startLine, startColumn, endLine, endColumn,
 *                suppressed, codeFlow: [{path, startLine, …, message}], related: [{id, path, …, message}]}],
 *  "notifications": [{level, kind, path, line, ruleId, message}]}
 * </pre>
 * Suppressed findings are included with {@code "suppressed": true}; counts in the
 * summary are of unsuppressed findings. Columns are 1-based UTF-16 units, the end
 * column exclusive.
 */
public final class JsonRenderer implements Renderer {

    @Override
    public void render(ScanResult result, Writer out) throws IOException {
        JsonGenerator json = JsonOutput.generator(out);
        json.writeStartObject();

        json.writeObjectFieldStart("tool");
        json.writeStringField("name", Backlint.NAME);
        json.writeStringField("version", Backlint.version());
        json.writeEndObject();

        json.writeObjectFieldStart("summary");
        json.writeNumberField("filesScanned", result.filesScanned());
        json.writeNumberField("filesFailed", result.filesFailed());
        json.writeNumberField("linesScanned", result.linesScanned());
        json.writeNumberField("errors", result.count(Level.ERROR));
        json.writeNumberField("warnings", result.count(Level.WARNING));
        json.writeNumberField("notes", result.count(Level.NOTE));
        json.writeNumberField("suppressed", result.findings().stream().filter(Finding::suppressed).count());
        if (result.baseline() != null) {
            json.writeObjectFieldStart("baseline");
            json.writeNumberField("unchanged", result.baseline().count(Baseline.State.UNCHANGED));
            json.writeNumberField("updated", result.baseline().count(Baseline.State.UPDATED));
            json.writeNumberField("absent", result.baseline().absent().size());
            json.writeEndObject();
        }
        json.writeEndObject();

        json.writeArrayFieldStart("findings");
        for (Finding finding : result.findings().stream().sorted().toList()) {
            writeFinding(finding, result.baseline() == null ? null : result.baseline().state(finding), json);
        }
        json.writeEndArray();

        json.writeArrayFieldStart("notifications");
        for (Notification notification : result.notifications().stream().sorted().toList()) {
            writeNotification(notification, json);
        }
        json.writeEndArray();

        json.writeEndObject();
        JsonOutput.finish(json);
    }

    private static void writeFinding(Finding finding, Baseline.State state, JsonGenerator json) throws IOException {
        json.writeStartObject();
        json.writeStringField("ruleId", finding.ruleId());
        json.writeStringField("level", finding.level().id());
        json.writeStringField("message", finding.message());
        writeLocation(finding.location(), json);
        json.writeBooleanField("suppressed", finding.suppressed());
        if (state != null) {
            json.writeStringField("baselineState", state.id());
        }
        json.writeArrayFieldStart("codeFlow");
        for (FlowStep step : finding.codeFlow()) {
            json.writeStartObject();
            writeLocation(step.location(), json);
            json.writeStringField("message", step.message());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeArrayFieldStart("related");
        for (RelatedLocation related : finding.related()) {
            json.writeStartObject();
            json.writeNumberField("id", related.id());
            writeLocation(related.location(), json);
            json.writeStringField("message", related.message());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeArrayFieldStart("fixes");
        for (dev.backlint.api.Fix fix : finding.fixes()) {
            json.writeStartObject();
            json.writeStringField("description", fix.description());
            json.writeArrayFieldStart("replacements");
            for (dev.backlint.api.Fix.Replacement replacement : fix.replacements()) {
                json.writeStartObject();
                json.writeNumberField("startLine", replacement.range().startLine());
                json.writeNumberField("startColumn", replacement.range().startColumn());
                json.writeNumberField("endLine", replacement.range().endLine());
                json.writeNumberField("endColumn", replacement.range().endColumn());
                json.writeStringField("text", replacement.text());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    private static void writeLocation(Location location, JsonGenerator json) throws IOException {
        json.writeStringField("path", location.path());
        json.writeNumberField("startLine", location.range().startLine());
        json.writeNumberField("startColumn", location.range().startColumn());
        json.writeNumberField("endLine", location.range().endLine());
        json.writeNumberField("endColumn", location.range().endColumn());
    }

    private static void writeNotification(Notification notification, JsonGenerator json) throws IOException {
        json.writeStartObject();
        json.writeStringField("level", notification.level().id());
        json.writeStringField("kind", notification.kind().name().toLowerCase(Locale.ROOT).replace('_', '-'));
        json.writeStringField("path", notification.uri());
        json.writeNumberField("line", notification.line());
        json.writeStringField("ruleId", notification.ruleId());
        json.writeStringField("message", notification.message());
        json.writeEndObject();
    }
}
