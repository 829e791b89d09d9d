package dev.backlint.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

/** Records: the DTO the API returns and the request body it accepts. */
final class RecordSource {

    private final Choices choices;

    RecordSource(Choices choices) {
        this.choices = choices;
    }

    JavaFile dto(SourceModule module, Aggregate a, int target) {
        JavaFile file = JavaFile.main(FileKind.DTO, module, "model", a.dto());
        a.dtoFields().forEach(field -> file.imports(Types.imports(field.type())));
        file.declaration("""
                /**
                 * A %s as the API returns it.
                 */
                public record %s(
                %s) {
                """.formatted(a.words(), a.dto(), components(a.dtoFields(), field -> "")));
        String variable = a.variable();
        StringBuilder arguments = new StringBuilder();
        for (Field field : a.dtoFields()) {
            arguments.append(arguments.length() == 0 ? "" : ",\n").append("            ")
                    .append(variable).append('.').append(field.getter()).append("()");
        }
        file.add(Member.named("from").text("""
                public static %s from(%s %s) {
                    return new %s(
                %s);
                }
                """.formatted(a.dto(), a.name(), variable, a.dto(), arguments)));

        List<Supplier<Member>> templates = new ArrayList<>();
        templates.add(() -> Member.named("fromAll").imports("java.util.List").text("""
                public static List<%s> fromAll(List<%s> %s) {
                    return %s.stream().map(%s::from).toList();
                }
                """.formatted(a.dto(), a.name(), Text.plural(variable), Text.plural(variable), a.dto())));
        templates.add(() -> withComponent(a, choices.pick(a.dtoFields().subList(1, a.dtoFields().size()))));
        templates.add(() -> {
            String status = choices.pick(a.statuses());
            return Member.named("is" + Text.camel(status)).text("""
                    public boolean is%s() {
                        return "%s".equals(status);
                    }
                    """.formatted(Text.camel(status), status));
        });
        templates.add(() -> Member.named("has" + a.amount().capitalized()).text("""
                public boolean has%s() {
                    return %s != null && %s.signum() > 0;
                }
                """.formatted(a.amount().capitalized(), a.amount().name(), a.amount().name())));
        Filler.fill(file, target, choices, templates);
        return file;
    }

    JavaFile request(SourceModule module, Aggregate a, int target) {
        JavaFile file = JavaFile.main(FileKind.REQUEST, module, "model", a.request());
        a.requestFields().forEach(field -> file.imports(Types.imports(field.type())));
        file.declaration("""
                /**
                 * The body of a request to create a %s.
                 */
                public record %s(
                %s) {
                """.formatted(a.words(), a.request(),
                components(a.requestFields(), field -> constraint(a, field, file))));
        if (choices.chance(0.5)) {
            file.add(Member.named("<compact>").text("""
                    public %s {
                        %s = %s == null ? null : %s.strip();
                    }
                    """.formatted(a.request(), a.key().name(), a.key().name(), a.key().name())));
        }
        StringBuilder setters = new StringBuilder();
        for (Field field : a.requestFields()) {
            if (field != a.key() && field != a.owner()) {
                setters.append("    %s.%s(%s);\n".formatted(a.variable(), field.setter(), field.name()));
            }
        }
        file.add(Member.named("toEntity").text("""
                public %s toEntity() {
                    %s %s = new %s(%s, %s, "%s");
                %s    return %s;
                }
                """.formatted(a.name(), a.name(), a.variable(), a.name(), a.key().name(), a.owner().name(),
                a.initialStatus(), setters, a.variable())));

        List<Supplier<Member>> templates = new ArrayList<>();
        templates.add(() -> Member.named("has" + a.amount().capitalized()).text("""
                public boolean has%s() {
                    return %s != null && %s.signum() > 0;
                }
                """.formatted(a.amount().capitalized(), a.amount().name(), a.amount().name())));
        templates.add(() -> Member.named(a.quantity().name() + "OrDefault").text("""
                public int %sOrDefault() {
                    return %s == null ? 1 : %s;
                }
                """.formatted(a.quantity().name(), a.quantity().name(), a.quantity().name())));
        Filler.fill(file, target, choices, templates);
        return file;
    }

    private static String components(List<Field> fields, Function<Field, String> annotation) {
        StringBuilder out = new StringBuilder();
        for (Field field : fields) {
            out.append(out.length() == 0 ? "" : ",\n").append("        ")
                    .append(annotation.apply(field)).append(field.type()).append(' ').append(field.name());
        }
        return out.toString();
    }

    private static String constraint(Aggregate a, Field field, JavaFile file) {
        if (field == a.key()) {
            file.imports("jakarta.validation.constraints.NotBlank", "jakarta.validation.constraints.Size");
            return "@NotBlank @Size(max = 64) ";
        }
        if (field == a.owner()) {
            file.imports("jakarta.validation.constraints.NotNull");
            return "@NotNull ";
        }
        if (field == a.amount()) {
            file.imports("jakarta.validation.constraints.PositiveOrZero");
            return "@PositiveOrZero ";
        }
        if (field == a.quantity()) {
            file.imports("jakarta.validation.constraints.Min");
            return "@Min(1) ";
        }
        file.imports("jakarta.validation.constraints.Size");
        return "@Size(max = 255) ";
    }

    private static Member withComponent(Aggregate a, Field changed) {
        StringBuilder arguments = new StringBuilder();
        for (Field field : a.dtoFields()) {
            arguments.append(arguments.length() == 0 ? "" : ", ")
                    .append(field == changed ? "new" + changed.capitalized() : field.name());
        }
        return Member.named("with" + changed.capitalized()).text("""
                public %s with%s(%s new%s) {
                    return new %s(%s);
                }
                """.formatted(a.dto(), changed.capitalized(), changed.type(), changed.capitalized(), a.dto(),
                arguments));
    }
}
