package dev.backlint.engine;

import dev.backlint.api.Finding;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * backlint's own fingerprint of a finding, for baselines and for matching alerts
 * across runs. It hashes the rule, the file, the text of the finding's first line
 * (whitespace normalised) and how many earlier findings share those three; line
 * numbers are left out, so the fingerprint survives edits above the finding.
 */
public final class Fingerprints {

    /** The {@code partialFingerprints} key; bump the version when the hash changes. */
    public static final String KEY = "backlint/v1";
    /**
     * The key of the fingerprint without the path: the rule, the line's text and how many
     * earlier findings of the file share both. It matches a finding whose file was renamed.
     */
    public static final String MOVED_KEY = "backlint/moved/v1";

    private Fingerprints() {
    }

    /** The fingerprint of each finding of {@code sorted}, in the same order. */
    public static List<String> of(List<Finding> sorted) {
        Map<String, Integer> occurrences = new HashMap<>();
        List<String> fingerprints = new ArrayList<>(sorted.size());
        for (Finding finding : sorted) {
            String key = finding.ruleId() + '\n' + finding.location().path()
                    + '\n' + normalise(finding.sourceLine());
            int occurrence = occurrences.merge(key, 1, Integer::sum) - 1;
            fingerprints.add(sha256(key + '\n' + occurrence));
        }
        return fingerprints;
    }

    /** The {@link #MOVED_KEY} fingerprint of each finding of {@code sorted}, in the same order. */
    public static List<String> moved(List<Finding> sorted) {
        Map<String, Integer> occurrences = new HashMap<>();
        List<String> fingerprints = new ArrayList<>(sorted.size());
        for (Finding finding : sorted) {
            String key = finding.ruleId() + '\n' + normalise(finding.sourceLine());
            int occurrence = occurrences.merge(finding.location().path() + '\n' + key, 1, Integer::sum) - 1;
            fingerprints.add(sha256("moved\n" + key + '\n' + occurrence));
        }
        return fingerprints;
    }

    /** Trimmed, each run of whitespace collapsed to one space. */
    static String normalise(String line) {
        return line == null ? "" : line.trim().replaceAll("\\s+", " ");
    }

    private static String sha256(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }
}
