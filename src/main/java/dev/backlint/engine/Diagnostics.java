package dev.backlint.engine;

import java.util.Map;
import java.util.TreeMap;

/**
 * How a scan went, for {@code --verbose} and the benchmark: where the time went and how
 * often resolution gave up. Times are summed over the worker threads, in nanoseconds.
 *
 * @param resolutionMisses questions the symbol solver could not answer
 * @param onDemandParses   files parsed only for facts other files asked about
 * @param filesFromCache   files whose results came from the cache of an earlier scan
 * @param phaseNanos       by phase: discovery, read, parse, facts, walk (all rules
 *                         together, with the tree walk), resolution (part of the rules'
 *                         time); rendering the reports is the caller's to time
 * @param ruleNanos        by rule id: time spent in the rule's checks
 */
public record Diagnostics(long resolutionMisses, int onDemandParses, int filesFromCache, Map<String, Long> phaseNanos,
                          Map<String, Long> ruleNanos) {

    public Diagnostics {
        phaseNanos = Map.copyOf(phaseNanos);
        ruleNanos = Map.copyOf(ruleNanos);
    }

    public static Diagnostics none() {
        return new Diagnostics(0, 0, 0, Map.of(), Map.of());
    }

    /** The phases sorted by name, for stable output. */
    public Map<String, Long> phases() {
        return new TreeMap<>(phaseNanos);
    }

    /** The rules sorted by id, for stable output. */
    public Map<String, Long> rules() {
        return new TreeMap<>(ruleNanos);
    }
}
