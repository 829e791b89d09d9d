package dev.backlint.api;

/**
 * The answer of a flow query: {@code YES}, {@code NO}, or {@code UNKNOWN} when the
 * analysis could not decide (its work budget ran out, the rule's time was up, the code
 * is out of its reach). Each rule decides what {@code UNKNOWN} means for it; for every
 * rule so far it means silence.
 */
public enum Verdict {
    YES,
    NO,
    UNKNOWN;

    public static Verdict of(boolean answer) {
        return answer ? YES : NO;
    }

    /** {@code YES} for {@code NO} and the reverse; {@code UNKNOWN} stays. */
    public Verdict not() {
        return this == YES ? NO : this == NO ? YES : UNKNOWN;
    }

    /** Both: {@code NO} if either is, else {@code UNKNOWN} if either is. */
    public Verdict and(Verdict other) {
        if (this == NO || other == NO) {
            return NO;
        }
        return this == UNKNOWN || other == UNKNOWN ? UNKNOWN : YES;
    }
}
