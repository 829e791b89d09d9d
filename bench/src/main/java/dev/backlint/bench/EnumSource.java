package dev.backlint.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/** Enums: an aggregate's statuses with codes and transitions, or small plain enums. */
final class EnumSource {

    /** Below this many lines an enum has bare constants and no methods. */
    private static final int PLAIN_BELOW = 34;

    private final Choices choices;

    EnumSource(Choices choices) {
        this.choices = choices;
    }

    JavaFile statuses(SourceModule module, Aggregate a, int target) {
        return generate(module, a.statusEnum(), "The lifecycle of a " + a.words(), a.statuses(), target);
    }

    JavaFile other(SourceModule module, String name, List<String> constants, int target) {
        return generate(module, name, "How a " + Text.words(name) + " is classified", constants, target);
    }

    private JavaFile generate(SourceModule module, String name, String summary, List<String> constants, int target) {
        JavaFile file = JavaFile.main(FileKind.ENUM, module, "model", name);
        file.declaration("""
                /**
                 * %s.
                 */
                public enum %s {
                """.formatted(summary, name));
        if (target < PLAIN_BELOW) {
            int count = Math.max(2, Math.min(constants.size(), target - 8));
            file.enumConstants(String.join(",\n", constants.subList(0, count)));
            return file;
        }

        StringBuilder values = new StringBuilder();
        for (int i = 0; i < constants.size(); i++) {
            String constant = constants.get(i);
            values.append(i == 0 ? "" : ",\n").append("%s(\"%s\", %s)".formatted(
                    constant, Text.kebab(Text.camel(constant)), i == constants.size() - 1));
        }
        file.enumConstants(values + ";");
        file.field("private final String code;");
        file.field("private final boolean terminal;");
        file.add(Member.named(name + "()").text("""
                %s(String code, boolean terminal) {
                    this.code = code;
                    this.terminal = terminal;
                }
                """.formatted(name)));
        file.add(Member.named("code").text("""
                public String code() {
                    return code;
                }
                """));
        file.add(Member.named("isTerminal").text("""
                public boolean isTerminal() {
                    return terminal;
                }
                """));
        String comparison = choices.bug(Bug.STRING_IDENTITY) ? "value.code == code" : "value.code.equals(code)";
        file.add(Member.named("fromCode").text("""
                public static %s fromCode(String code) {
                    for (%s value : values()) {
                        if (%s) {
                            return value;
                        }
                    }
                    throw new IllegalArgumentException("Unknown %s: " + code);
                }
                """.formatted(name, name, comparison, Text.words(name))));

        List<Supplier<Member>> templates = new ArrayList<>();
        templates.add(() -> Member.named("canTransitionTo").text("""
                public boolean canTransitionTo(%s next) {
                    return switch (this) {
                        case %s -> next != this;
                        case %s -> false;
                        default -> !terminal && next.ordinal() > ordinal();
                    };
                }
                """.formatted(name, constants.get(0), constants.get(constants.size() - 1))));
        templates.add(() -> Member.named("label").text("""
                public String label() {
                    String lower = name().replace('_', ' ').toLowerCase(Locale.ROOT);
                    return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
                }
                """).imports("java.util.Locale"));
        templates.add(() -> Member.named("open").imports("java.util.EnumSet", "java.util.Set").text("""
                public static Set<%s> open() {
                    Set<%s> open = EnumSet.noneOf(%s.class);
                    for (%s value : values()) {
                        if (!value.terminal) {
                            open.add(value);
                        }
                    }
                    return open;
                }
                """.formatted(name, name, name, name)));
        templates.add(() -> Member.named("parse").imports("java.util.Locale", "java.util.Optional").text("""
                public static Optional<%s> parse(String text) {
                    if (text == null || text.isBlank()) {
                        return Optional.empty();
                    }
                    try {
                        return Optional.of(valueOf(text.trim().toUpperCase(Locale.ROOT)));
                    } catch (IllegalArgumentException e) {
                        return Optional.empty();
                    }
                }
                """.formatted(name)));
        Filler.fill(file, target, choices, templates);
        return file;
    }
}
