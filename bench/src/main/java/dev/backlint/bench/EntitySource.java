package dev.backlint.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/** JPA {@code @Entity} classes: annotated fields, accessors, domain methods, equals and hashCode. */
final class EntitySource {

    private final Choices choices;

    EntitySource(Choices choices) {
        this.choices = choices;
    }

    JavaFile generate(SourceModule module, Aggregate a, int target) {
        JavaFile file = JavaFile.main(FileKind.ENTITY, module, "model", a.name());
        file.imports("jakarta.persistence.Column", "jakarta.persistence.Entity", "jakarta.persistence.GeneratedValue",
                "jakarta.persistence.GenerationType", "jakarta.persistence.Id", "jakarta.persistence.Table");
        file.declaration("""
                /**
                 * A %s, stored in {@code %s}.
                 */
                @Entity
                @Table(name = "%s")
                public class %s {
                """.formatted(a.words(), a.table(), a.table(), a.name()));
        if (choices.bug(Bug.MUTABLE_STATIC)) {
            file.constant("public static String DEFAULT_" + Text.upperSnake(a.key().name()) + "_PREFIX = \""
                    + a.constantPrefix().substring(0, 3) + "-\";");
        }
        for (Field field : a.fields()) {
            file.imports(Types.imports(field.type()));
            file.field(fieldDeclaration(a, field));
        }
        boolean versioned = choices.chance(0.3);
        if (versioned) {
            file.imports("jakarta.persistence.Version");
            file.field("@Version\nprivate Long version;");
        }

        file.add(Member.named(a.name() + "()").text("""
                protected %s() {
                }
                """.formatted(a.name())));
        file.add(Member.named(a.name() + "(...)").text("""
                public %s(String %s, Long %s, String status) {
                    this.%s = %s;
                    this.%s = %s;
                    this.status = status;
                }
                """.formatted(a.name(), a.key().name(), a.owner().name(), a.key().name(), a.key().name(),
                a.owner().name(), a.owner().name())));
        for (Field field : a.fields()) {
            file.add(getter(field));
            file.add(setter(field));
        }
        if (versioned) {
            file.add(Member.named("getVersion").text("""
                    public Long getVersion() {
                        return version;
                    }
                    """));
        }

        boolean byId = choices.chance(0.7);
        List<Member> closing = List.of(equalsMethod(a, byId), hashCodeMethod(a, byId), toStringMethod(a));
        int closingLines = closing.stream().mapToInt(Member::estimatedLines).sum();
        Filler.fill(file, target - closingLines, choices, templates(a));
        closing.forEach(file::addClosing);
        return file;
    }

    private String fieldDeclaration(Aggregate a, Field field) {
        if (field == a.id()) {
            return """
                    @Id
                    @GeneratedValue(strategy = GenerationType.IDENTITY)
                    private Long id;
                    """;
        }
        String column;
        if (field == a.key()) {
            column = "@Column(name = \"%s\", nullable = false, unique = true, length = 64)".formatted(field.column());
        } else if (field == a.owner() || field == a.status()) {
            column = "@Column(name = \"%s\", nullable = false)".formatted(field.column());
        } else if (field == a.created()) {
            column = "@Column(name = \"%s\", nullable = false, updatable = false)".formatted(field.column());
        } else if (field.type().equals("BigDecimal")) {
            column = "@Column(name = \"%s\", precision = 12, scale = 2)".formatted(field.column());
        } else {
            column = "@Column(name = \"%s\")".formatted(field.column());
        }
        return column + "\nprivate " + field.type() + " " + field.name() + ";\n";
    }

    private static Member getter(Field field) {
        return Member.named(field.getter()).text("""
                public %s %s() {
                    return %s;
                }
                """.formatted(field.type(), field.getter(), field.name()));
    }

    private static Member setter(Field field) {
        return Member.named(field.setter()).text("""
                public void %s(%s %s) {
                    this.%s = %s;
                }
                """.formatted(field.setter(), field.type(), field.name(), field.name(), field.name()));
    }

    private List<Supplier<Member>> templates(Aggregate a) {
        List<Supplier<Member>> templates = new ArrayList<>();
        templates.add(() -> isStatus(a, choices.pick(a.statuses())));
        templates.add(() -> Member.named("onCreate").imports("jakarta.persistence.PrePersist").text("""
                @PrePersist
                void onCreate() {
                    Instant now = Instant.now();
                    if (%s == null) {
                        %s = now;
                    }
                    %s = now;
                    if (status == null) {
                        status = "%s";
                    }
                }
                """.formatted(a.created().name(), a.created().name(), a.updated().name(), a.initialStatus())));
        templates.add(() -> Member.named("onUpdate").imports("jakarta.persistence.PreUpdate").text("""
                @PreUpdate
                void onUpdate() {
                    %s = Instant.now();
                }
                """.formatted(a.updated().name())));
        templates.add(() -> Member.named("transitionTo").imports("java.util.Objects").text("""
                public void transitionTo(String next) {
                    Objects.requireNonNull(next, "next");
                    if ("%s".equals(status)) {
                        throw new IllegalStateException("%s " + id + " is %s and cannot become " + next);
                    }
                    this.status = next;
                    this.%s = Instant.now();
                }
                """.formatted(a.terminalStatus(), Text.cap(a.words()), a.terminalStatus(), a.updated().name())));
        templates.add(() -> Member.named("exceeds").text("""
                public boolean exceeds(BigDecimal limit) {
                    return %s != null && %s.compareTo(limit) > 0;
                }
                """.formatted(a.amount().name(), a.amount().name())));
        templates.add(() -> Member.named("add" + a.quantity().capitalized()).text("""
                public void add%s(int delta) {
                    if (delta < 0) {
                        throw new IllegalArgumentException("delta must not be negative: " + delta);
                    }
                    this.%s = (%s == null ? 0 : %s) + delta;
                }
                """.formatted(a.quantity().capitalized(), a.quantity().name(), a.quantity().name(),
                a.quantity().name())));
        templates.add(() -> Member.named(a.amount().name() + "Per" + a.quantity().capitalized())
                .imports("java.math.RoundingMode").text("""
                public BigDecimal %sPer%s() {
                    if (%s == null || %s == null || %s == 0) {
                        return BigDecimal.ZERO;
                    }
                    return %s.divide(BigDecimal.valueOf(%s), 2, RoundingMode.HALF_UP);
                }
                """.formatted(a.amount().name(), a.quantity().capitalized(), a.amount().name(),
                a.quantity().name(), a.quantity().name(), a.amount().name(), a.quantity().name())));
        templates.add(() -> Member.named("ageAt").imports("java.time.Duration").text("""
                public Duration ageAt(Instant now) {
                    return %s == null ? Duration.ZERO : Duration.between(%s, now);
                }
                """.formatted(a.created().name(), a.created().name())));
        templates.add(() -> Member.named("belongsTo").imports("java.util.Objects").text("""
                public boolean belongsTo(Long %s) {
                    return Objects.equals(this.%s, %s);
                }
                """.formatted(a.owner().name(), a.owner().name(), a.owner().name())));
        templates.add(() -> extraQuery(choices.pick(a.fields())));
        return templates;
    }

    private Member isStatus(Aggregate a, String status) {
        String method = "is" + Text.camel(status);
        String check = choices.bug(Bug.STRING_IDENTITY)
                ? "status == \"" + status + "\""
                : "\"" + status + "\".equals(status)";
        return Member.named(method).text("""
                public boolean %s() {
                    return %s;
                }
                """.formatted(method, check));
    }

    private static Member extraQuery(Field field) {
        return switch (field.type()) {
            case "LocalDate" -> Member.named("is" + field.capitalized() + "Before").text("""
                    public boolean is%sBefore(LocalDate date) {
                        return %s != null && %s.isBefore(date);
                    }
                    """.formatted(field.capitalized(), field.name(), field.name()));
            case "Boolean" -> Member.named("is" + field.capitalized()).text("""
                    public boolean is%s() {
                        return Boolean.TRUE.equals(%s);
                    }
                    """.formatted(field.capitalized(), field.name()));
            case "String" -> Member.named("has" + field.capitalized()).text("""
                    public boolean has%s() {
                        return %s != null && !%s.isBlank();
                    }
                    """.formatted(field.capitalized(), field.name(), field.name()));
            default -> null;
        };
    }

    private static Member equalsMethod(Aggregate a, boolean byId) {
        String comparison = byId
                ? "id != null && id.equals(that.id)"
                : "Objects.equals(%s, that.%s)".formatted(a.key().name(), a.key().name());
        Member member = Member.named("equals");
        if (!byId) {
            member.imports("java.util.Objects");
        }
        return member.text("""
                @Override
                public boolean equals(Object other) {
                    if (this == other) {
                        return true;
                    }
                    if (!(other instanceof %s that)) {
                        return false;
                    }
                    return %s;
                }
                """.formatted(a.name(), comparison));
    }

    private static Member hashCodeMethod(Aggregate a, boolean byId) {
        String hash = byId ? "getClass().hashCode()" : "Objects.hash(" + a.key().name() + ")";
        Member member = Member.named("hashCode");
        if (!byId) {
            member.imports("java.util.Objects");
        }
        return member.text("""
                @Override
                public int hashCode() {
                    return %s;
                }
                """.formatted(hash));
    }

    private static Member toStringMethod(Aggregate a) {
        return Member.named("toString").text("""
                @Override
                public String toString() {
                    return "%s{id=" + id + ", %s=" + %s + ", status=" + status + "}";
                }
                """.formatted(a.name(), a.key().name(), a.key().name()));
    }
}
