package dev.backlint.bench;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

/** Grows a file towards its target size with members drawn from a kind's templates. */
final class Filler {

    /** Members that would overshoot the target by more than this are left out. */
    private static final int SLACK = 4;
    /** Draws that yield nothing (a duplicate name, an inapplicable template, a member too long) before giving up. */
    private static final int MAX_MISSES = 24;

    private Filler() {
    }

    /**
     * Adds members from {@code templates} while {@code file} is shorter than {@code target}.
     * A template returns null when it does not apply to the aggregate at hand.
     */
    static void fill(JavaFile file, int target, Choices choices, List<Supplier<Member>> templates,
            Consumer<Member> onAdd) {
        int misses = 0;
        while (file.lines() < target && misses < MAX_MISSES) {
            Member member = choices.pick(templates).get();
            if (member == null || file.hasMember(member.name())
                    || file.lines() + member.estimatedLines() > target + SLACK) {
                misses++;
                continue;
            }
            file.add(member);
            onAdd.accept(member);
        }
    }

    static void fill(JavaFile file, int target, Choices choices, List<Supplier<Member>> templates) {
        fill(file, target, choices, templates, member -> { });
    }
}
