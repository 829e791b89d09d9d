package dev.backlint.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.backlint.engine.Backlint;
import dev.backlint.engine.ConfigurationException;
import java.io.IOException;
import java.io.Writer;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Merges the runs of backlint's SARIF reports into one run: the parts of a sharded scan,
 * or the scans of a monorepo's modules, for one upload (GitHub accepts few runs per
 * upload, and one per category). Rules are kept once, by id; results once per rule,
 * place and message, sorted as one scan sorts them, with their fingerprints and baseline
 * states, less those a rule supersedes on the same line; notifications once; the
 * invocation spans the runs and succeeded when each did.
 */
public final class SarifMerge {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private SarifMerge() {
    }

    /**
     * The merged log.
     *
     * @param logs       the SARIF logs, each with runs of backlint
     * @param supersedes for each rule id, the ids of the rules whose findings it replaces on its lines
     * @throws ConfigurationException when a run is not backlint's, or the runs differ in
     *         version or category
     */
    public static ObjectNode merge(List<JsonNode> logs, Map<String, Set<String>> supersedes) {
        List<JsonNode> runs = new ArrayList<>();
        for (JsonNode log : logs) {
            if (!log.path("runs").isArray()) {
                throw new ConfigurationException("not a SARIF log: it has no runs");
            }
            log.path("runs").forEach(runs::add);
        }
        if (runs.isEmpty()) {
            throw new ConfigurationException("nothing to merge: the logs have no runs");
        }
        JsonNode first = runs.get(0);
        for (JsonNode run : runs) {
            String tool = run.path("tool").path("driver").path("name").asText();
            if (!tool.equals(Backlint.NAME)) {
                throw new ConfigurationException("a run of '" + tool + "', not of " + Backlint.NAME
                        + ": merge joins runs of " + Backlint.NAME + " only");
            }
            if (!run.path("tool").path("driver").path("version").equals(first.path("tool").path("driver")
                    .path("version"))) {
                throw new ConfigurationException("runs of different versions of " + Backlint.NAME + ": "
                        + first.path("tool").path("driver").path("version").asText() + " and "
                        + run.path("tool").path("driver").path("version").asText());
            }
            if (!run.path("automationDetails").path("id").equals(first.path("automationDetails").path("id"))) {
                throw new ConfigurationException("runs of different categories cannot be one run: '"
                        + first.path("automationDetails").path("id").asText() + "' and '"
                        + run.path("automationDetails").path("id").asText() + "'");
            }
        }

        TreeMap<String, JsonNode> rules = new TreeMap<>();
        for (JsonNode run : runs) {
            run.path("tool").path("driver").path("rules").forEach(rule -> rules.putIfAbsent(rule.path("id").asText(), rule));
        }
        List<String> ruleIds = new ArrayList<>(rules.keySet());

        Map<String, JsonNode> results = new LinkedHashMap<>();
        for (JsonNode run : runs) {
            for (JsonNode result : run.path("results")) {
                results.putIfAbsent(resultKey(result), result);
            }
        }
        Set<String> replaced = new HashSet<>();
        for (JsonNode result : results.values()) {
            for (String weaker : supersedes.getOrDefault(result.path("ruleId").asText(), Set.of())) {
                replaced.add(weaker + "\n" + uri(result) + "\n" + region(result).path("startLine").asInt());
            }
        }
        List<JsonNode> kept = new ArrayList<>();
        for (JsonNode result : results.values()) {
            if (!replaced.contains(result.path("ruleId").asText() + "\n" + uri(result) + "\n"
                    + region(result).path("startLine").asInt())) {
                ObjectNode copy = result.deepCopy();
                copy.put("ruleIndex", ruleIds.indexOf(result.path("ruleId").asText()));
                kept.add(copy);
            }
        }
        // absent results of a baseline follow the findings, as one scan writes them
        kept.sort(Comparator.comparing((JsonNode r) -> r.path("baselineState").asText().equals("absent"))
                .thenComparing(SarifMerge::path)
                .thenComparingInt(r -> region(r).path("startLine").asInt())
                .thenComparingInt(r -> region(r).path("startColumn").asInt())
                .thenComparingInt(r -> region(r).path("endLine").asInt())
                .thenComparingInt(r -> region(r).path("endColumn").asInt())
                .thenComparing(r -> r.path("ruleId").asText())
                .thenComparing(r -> r.path("message").path("text").asText()));

        Map<String, JsonNode> notifications = new LinkedHashMap<>();
        boolean successful = true;
        Instant started = null;
        Instant finished = null;
        for (JsonNode run : runs) {
            for (JsonNode invocation : run.path("invocations")) {
                successful &= invocation.path("executionSuccessful").asBoolean(true);
                started = earlier(started, invocation.path("startTimeUtc"));
                finished = later(finished, invocation.path("endTimeUtc"));
                for (JsonNode notification : invocation.path("toolExecutionNotifications")) {
                    ObjectNode copy = notification.deepCopy();
                    JsonNode rule = copy.path("associatedRule");
                    if (rule instanceof ObjectNode reference && ruleIds.contains(reference.path("id").asText())) {
                        reference.put("index", ruleIds.indexOf(reference.path("id").asText()));
                    }
                    notifications.putIfAbsent(copy.toString(), copy);
                }
            }
        }
        List<JsonNode> notes = new ArrayList<>(notifications.values());
        notes.sort(Comparator.comparing((JsonNode n) -> n.path("locations").path(0).path("physicalLocation")
                        .path("artifactLocation").path("uri").asText(""))
                .thenComparingInt(n -> n.path("locations").path(0).path("physicalLocation").path("region")
                        .path("startLine").asInt(0))
                .thenComparing(n -> n.path("associatedRule").path("id").asText(""))
                .thenComparing(n -> n.path("message").path("text").asText()));

        ObjectNode run = first.deepCopy();
        ArrayNode ruleArray = ((ObjectNode) run.path("tool").path("driver")).putArray("rules");
        rules.values().forEach(ruleArray::add);
        ObjectNode invocation = JSON.objectNode();
        invocation.put("executionSuccessful", successful);
        if (started != null) {
            invocation.put("startTimeUtc", SarifJson.utc(java.util.Date.from(started)));
        }
        if (finished != null) {
            invocation.put("endTimeUtc", SarifJson.utc(java.util.Date.from(finished)));
        }
        invocation.putArray("toolExecutionNotifications").addAll(notes);
        run.putArray("invocations").add(invocation);
        run.putArray("results").addAll(kept);
        run.remove("artifacts");
        List<JsonNode> artifacts = artifacts(runs);
        if (!artifacts.isEmpty()) {
            run.putArray("artifacts").addAll(artifacts);
        }

        ObjectNode merged = JSON.objectNode();
        merged.set("$schema", logs.get(0).path("$schema"));
        merged.put("version", "2.1.0");
        merged.putArray("runs").add(run);
        return merged;
    }

    /** Writes the merged log as backlint writes SARIF. */
    public static void write(ObjectNode log, Writer out) throws IOException {
        SarifJson.write(log, out);
    }

    /** The runs' artifacts, once per location. */
    private static List<JsonNode> artifacts(List<JsonNode> runs) {
        Map<String, JsonNode> artifacts = new LinkedHashMap<>();
        for (JsonNode run : runs) {
            run.path("artifacts").forEach(artifact -> artifacts.putIfAbsent(artifact.path("location").toString(),
                    artifact));
        }
        return new ArrayList<>(artifacts.values());
    }

    private static String resultKey(JsonNode result) {
        return result.path("ruleId").asText() + "\n" + uri(result) + "\n" + region(result) + "\n"
                + result.path("message").path("text").asText() + "\n" + result.path("baselineState").asText();
    }

    private static JsonNode region(JsonNode result) {
        return result.path("locations").path(0).path("physicalLocation").path("region");
    }

    private static String uri(JsonNode result) {
        return result.path("locations").path(0).path("physicalLocation").path("artifactLocation").path("uri").asText();
    }

    /** The path a result's URI names, as scans sort by it. */
    private static String path(JsonNode result) {
        try {
            String path = new URI(uri(result)).getPath();
            return path == null ? uri(result) : path;
        } catch (URISyntaxException e) {
            return uri(result);
        }
    }

    private static Instant earlier(Instant known, JsonNode time) {
        Instant at = instant(time);
        return at == null ? known : known == null || at.isBefore(known) ? at : known;
    }

    private static Instant later(Instant known, JsonNode time) {
        Instant at = instant(time);
        return at == null ? known : known == null || at.isAfter(known) ? at : known;
    }

    private static Instant instant(JsonNode time) {
        try {
            return time.isTextual() ? Instant.parse(time.asText()) : null;
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }
}
