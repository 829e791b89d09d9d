package dev.backlint.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.backlint.api.Finding;
import dev.backlint.api.Level;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The findings a team has accepted for now: the results of a SARIF report backlint wrote
 * earlier ({@code --write-baseline}, or any SARIF report of a scan). Each finding of a new
 * scan is compared with them: {@linkplain State#UNCHANGED unchanged} when its
 * {@code backlint/v1} fingerprint is there (lines added above it or the method moved
 * within the file change no fingerprint), or when its file was renamed or moved and the
 * {@code backlint/moved/v1} fingerprint, which leaves the path out, is there for a file
 * that no longer exists; {@linkplain State#UPDATED updated} when such a match has another
 * message or level; {@linkplain State#NEW new} otherwise. The results of the baseline
 * that no finding matched are {@linkplain State#ABSENT absent}, where the scan looked for
 * them.
 */
public final class Baseline {

    /** SARIF's {@code baselineState} of a result. */
    public enum State {
        NEW("new"), UNCHANGED("unchanged"), UPDATED("updated"), ABSENT("absent");

        private final String id;

        State(String id) {
            this.id = id;
        }

        /** The SARIF value. */
        public String id() {
            return id;
        }
    }

    /**
     * A result of the baseline.
     *
     * @param uri         where it was, relative to the source root
     * @param line        its first line there
     * @param column      its first column, 0 when unknown
     * @param fingerprint its {@code backlint/v1} fingerprint
     * @param moved       its {@code backlint/moved/v1} fingerprint, or {@code null} in a report that lacks it
     */
    public record Entry(String ruleId, Level level, String message, String uri, int line, int column,
                        String fingerprint, String moved) {
    }

    /**
     * How a scan's findings compare with the baseline.
     *
     * @param states the state of each finding (by identity); a finding not in it is new
     * @param absent the results of the baseline that the scan no longer finds
     */
    public record Comparison(Map<Finding, State> states, List<Entry> absent) {

        public Comparison {
            Map<Finding, State> copy = new IdentityHashMap<>(states);
            states = java.util.Collections.unmodifiableMap(copy);
            absent = List.copyOf(absent);
        }

        public State state(Finding finding) {
            return states.getOrDefault(finding, State.NEW);
        }

        /** How many findings the baseline holds in {@code state}. */
        public long count(State state) {
            return states.values().stream().filter(s -> s == state).count();
        }

        /** Several comparisons of scans against one baseline (the modules of a build). */
        public static Comparison merge(List<Comparison> comparisons) {
            Map<Finding, State> states = new IdentityHashMap<>();
            Map<String, Entry> absent = new java.util.LinkedHashMap<>();
            for (Comparison comparison : comparisons) {
                states.putAll(comparison.states());
                comparison.absent().forEach(entry -> absent.putIfAbsent(entry.uri() + '\n' + entry.fingerprint(), entry));
            }
            return new Comparison(states, new ArrayList<>(absent.values()));
        }
    }

    private final List<Entry> entries;

    private Baseline(List<Entry> entries) {
        this.entries = entries;
    }

    /**
     * Reads the results of a SARIF report written by backlint.
     *
     * @throws ConfigurationException when the file cannot be read or is not such a report
     */
    public static Baseline read(Path sarif) {
        JsonNode log;
        try {
            log = new ObjectMapper().readTree(Files.readString(sarif));
        } catch (IOException e) {
            throw new ConfigurationException("cannot read the baseline " + sarif + ": " + e.getMessage());
        }
        if (log == null || !log.path("runs").isArray()) {
            throw new ConfigurationException("the baseline " + sarif + " is not a SARIF report");
        }
        List<Entry> entries = new ArrayList<>();
        for (JsonNode run : log.path("runs")) {
            for (JsonNode result : run.path("results")) {
                JsonNode prints = result.path("partialFingerprints");
                JsonNode fingerprint = prints.path(Fingerprints.KEY);
                if (!fingerprint.isTextual() || result.path("baselineState").asText().equals(State.ABSENT.id())) {
                    continue;
                }
                JsonNode region = result.path("locations").path(0).path("physicalLocation");
                entries.add(new Entry(result.path("ruleId").asText(), level(result.path("level").asText("warning")),
                        result.path("message").path("text").asText(),
                        path(region.path("artifactLocation").path("uri").asText()),
                        region.path("region").path("startLine").asInt(1),
                        region.path("region").path("startColumn").asInt(0), fingerprint.asText(),
                        prints.path(Fingerprints.MOVED_KEY).isTextual() ? prints.path(Fingerprints.MOVED_KEY).asText()
                                : null));
            }
        }
        return new Baseline(entries);
    }

    /** A path as findings give it, from the relative URI reference SARIF holds. */
    private static String path(String uri) {
        try {
            String path = new java.net.URI(uri).getPath();
            return path == null ? uri : path;
        } catch (java.net.URISyntaxException e) {
            return uri;
        }
    }

    private static Level level(String sarifLevel) {
        try {
            return Level.parse(sarifLevel.toLowerCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return Level.WARNING;
        }
    }

    /**
     * Compares the findings of a scan (sorted) with the baseline.
     *
     * @param ranRules     the rules that ran: a result of another rule is not absent, nobody looked
     * @param scannedPaths the files the scan read: a result elsewhere is absent only when its file is gone
     * @param exists       whether a path of the baseline names a file that exists now
     */
    Comparison compare(List<Finding> sorted, Set<String> ranRules, Set<String> scannedPaths,
                       java.util.function.Predicate<String> exists) {
        List<String> prints = Fingerprints.of(sorted);
        List<String> moves = Fingerprints.moved(sorted);
        Map<String, List<Entry>> byPrint = new HashMap<>();
        for (Entry entry : entries) {
            byPrint.computeIfAbsent(entry.uri() + '\n' + entry.fingerprint(), k -> new ArrayList<>()).add(entry);
        }
        Set<Entry> matched = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        Map<Finding, State> states = new IdentityHashMap<>();
        List<Integer> unmatched = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            Finding finding = sorted.get(i);
            Entry entry = take(byPrint.get(finding.location().path() + '\n' + prints.get(i)), matched);
            if (entry == null) {
                unmatched.add(i);
            } else {
                states.put(finding, state(finding, entry));
            }
        }
        // a file renamed or moved: its findings carry the fingerprint without the path, and
        // the baseline's file is gone while the finding's file was not in the baseline
        Set<String> baselinePaths = new HashSet<>();
        entries.forEach(entry -> baselinePaths.add(entry.uri()));
        Map<String, List<Entry>> byMove = new HashMap<>();
        for (Entry entry : entries) {
            if (entry.moved() != null && !matched.contains(entry) && !scannedPaths.contains(entry.uri())
                    && !exists.test(entry.uri())) {
                byMove.computeIfAbsent(entry.moved(), k -> new ArrayList<>()).add(entry);
            }
        }
        for (int i : unmatched) {
            Finding finding = sorted.get(i);
            if (baselinePaths.contains(finding.location().path())) {
                continue;
            }
            Entry entry = take(byMove.get(moves.get(i)), matched);
            if (entry != null) {
                states.put(finding, state(finding, entry));
            }
        }
        List<Entry> absent = new ArrayList<>();
        for (Entry entry : entries) {
            if (!matched.contains(entry) && ranRules.contains(entry.ruleId())
                    && (scannedPaths.contains(entry.uri()) || !exists.test(entry.uri()))) {
                absent.add(entry);
            }
        }
        return new Comparison(states, absent);
    }

    private static Entry take(List<Entry> candidates, Set<Entry> matched) {
        if (candidates == null) {
            return null;
        }
        for (Entry candidate : candidates) {
            if (matched.add(candidate)) {
                return candidate;
            }
        }
        return null;
    }

    private static State state(Finding finding, Entry entry) {
        return finding.message().equals(entry.message()) && finding.level() == entry.level()
                && finding.ruleId().equals(entry.ruleId()) ? State.UNCHANGED : State.UPDATED;
    }
}
