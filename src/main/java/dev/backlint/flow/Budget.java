package dev.backlint.flow;

/**
 * The one bound on the work of a flow question, shared by the walks and summaries it
 * asks for. Past the bound, or once the rule's time is up (the thread is interrupted),
 * the question's answer is unknown; each rule decides what unknown means for it.
 */
public final class Budget {

    private int steps;

    public Budget(int steps) {
        this.steps = steps;
    }

    /** Takes one step; false once the bound is passed or the thread is interrupted. */
    public boolean tick() {
        if (steps < 0) {
            return false;
        }
        if (--steps < 0 || (steps & 1023) == 0 && Thread.currentThread().isInterrupted()) {
            steps = -1;
            return false;
        }
        return true;
    }

    /** Gives up: every answer of the question is unknown. */
    public void exhaust() {
        steps = -1;
    }

    public boolean exhausted() {
        return steps < 0;
    }
}
