package dev.backlint;

import dev.backlint.Fixtures.Expectation;
import dev.backlint.api.Finding;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Pairs findings with expectations, each expectation with at most one finding and each
 * finding with at most one expectation. A finding can meet an expectation of its rule and
 * file whose line its range contains and whose fragment (if any) its message contains.
 * The pairing is a maximum bipartite matching, so whether every expectation and every
 * finding is paired does not depend on the order they come in; among equal pairings it
 * prefers an expectation on the finding's first line, then one with a fragment.
 */
final class ExpectationMatching {

    /** What is left once the pairs are made: both lists empty when the fixture holds. */
    record Result(List<Expectation> missing, List<Finding> unexpected) {
        boolean matches() {
            return missing.isEmpty() && unexpected.isEmpty();
        }
    }

    private ExpectationMatching() {
    }

    static Result match(List<Expectation> expectations, List<Finding> findings) {
        List<Expectation> wanted = expectations.stream().sorted(Expectation.ORDER).toList();
        List<Finding> found = findings.stream().sorted().toList();
        List<int[]> candidates = new ArrayList<>();
        for (Finding finding : found) {
            candidates.add(candidates(finding, wanted));
        }
        int[] holder = new int[wanted.size()];
        Arrays.fill(holder, -1);
        for (int f = 0; f < found.size(); f++) {
            assign(f, candidates, holder, new boolean[wanted.size()]);
        }
        boolean[] paired = new boolean[found.size()];
        List<Expectation> missing = new ArrayList<>();
        for (int e = 0; e < wanted.size(); e++) {
            if (holder[e] < 0) {
                missing.add(wanted.get(e));
            } else {
                paired[holder[e]] = true;
            }
        }
        List<Finding> unexpected = new ArrayList<>();
        for (int f = 0; f < found.size(); f++) {
            if (!paired[f]) {
                unexpected.add(found.get(f));
            }
        }
        return new Result(missing, unexpected);
    }

    static boolean meets(Finding finding, Expectation expectation) {
        return expectation.ruleId().equals(finding.ruleId())
                && expectation.file().equals(finding.location().path())
                && finding.location().range().containsLine(expectation.line())
                && finding.message().contains(expectation.fragment());
    }

    /** The indexes of the expectations {@code finding} meets, the preferred first. */
    private static int[] candidates(Finding finding, List<Expectation> wanted) {
        int startLine = finding.location().range().startLine();
        Comparator<Integer> preference = Comparator
                .comparing((Integer e) -> wanted.get(e).line() != startLine)
                .thenComparing(e -> !wanted.get(e).hasFragment())
                .thenComparing(e -> e);
        List<Integer> met = new ArrayList<>();
        for (int e = 0; e < wanted.size(); e++) {
            if (meets(finding, wanted.get(e))) {
                met.add(e);
            }
        }
        return met.stream().sorted(preference).mapToInt(Integer::intValue).toArray();
    }

    /**
     * Gives finding {@code f} an expectation, moving earlier findings to other expectations
     * they meet when that frees one (Kuhn's augmenting path).
     */
    private static boolean assign(int f, List<int[]> candidates, int[] holder, boolean[] visited) {
        for (int e : candidates.get(f)) {
            if (!visited[e]) {
                visited[e] = true;
                if (holder[e] < 0 || assign(holder[e], candidates, holder, visited)) {
                    holder[e] = f;
                    return true;
                }
            }
        }
        return false;
    }
}
