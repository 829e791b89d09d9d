package dev.backlint.bench;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

/** Grows a file towards its target size with members drawn from a kind's templates. */
final class Filler {

    /** Members that would overshoot the target by more than this are left out. */
    private static final int SLACK = 4;

    private Filler() {
    }

    /**
     * Adds members from {@code templates} while {@code file} is shorter than {@code target}:
     * pass after pass over the templates in a seeded order, until a pass adds nothing. A
     * template returns null when it does not apply; a template that depends on a field may
     * give a new member on a later pass.
     */
    static void fill(JavaFile file, int target, Choices choices, List<Supplier<Member>> templates,
            Consumer<Member> onAdd) {
        boolean added = true;
        while (added && file.lines() < target) {
            added = false;
            for (Supplier<Member> template : choices.shuffled(templates)) {
                if (file.lines() >= target) {
                    return;
                }
                Member member = template.get();
                if (member == null || file.hasMember(member.name())
                        || file.lines() + member.estimatedLines() > target + SLACK) {
                    continue;
                }
                file.add(member);
                onAdd.accept(member);
                added = true;
            }
        }
    }

    static void fill(JavaFile file, int target, Choices choices, List<Supplier<Member>> templates) {
        fill(file, target, choices, templates, member -> { });
    }
}
