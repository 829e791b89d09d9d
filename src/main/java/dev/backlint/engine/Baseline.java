package dev.backlint.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.backlint.api.Finding;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The findings a team has accepted for now: the {@code backlint/v1} fingerprints of a
 * SARIF report from an earlier scan. Findings with one of them are left out, so that
 * only new ones are reported.
 */
public final class Baseline {

    private final Set<String> fingerprints;

    private Baseline(Set<String> fingerprints) {
        this.fingerprints = fingerprints;
    }

    /**
     * Reads the fingerprints of a SARIF report written by backlint.
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
        Set<String> fingerprints = new HashSet<>();
        for (JsonNode run : log.path("runs")) {
            for (JsonNode result : run.path("results")) {
                JsonNode fingerprint = result.path("partialFingerprints").path(Fingerprints.KEY);
                if (fingerprint.isTextual()) {
                    fingerprints.add(fingerprint.asText());
                }
            }
        }
        return new Baseline(fingerprints);
    }

    /** The findings (sorted) whose fingerprints are not in the baseline. */
    List<Finding> newFindings(List<Finding> sorted) {
        List<String> prints = Fingerprints.of(sorted);
        List<Finding> fresh = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            if (!fingerprints.contains(prints.get(i))) {
                fresh.add(sorted.get(i));
            }
        }
        return fresh;
    }
}
