package dev.backlint.bench;

import java.util.HashSet;
import java.util.Set;

/**
 * The module's shared SQL class ({@code OrdersSql} in the {@code dao} package): table names,
 * column lists and queries that the DAOs of the module refer to, so that SQL crosses files.
 */
final class SqlCatalog {

    private final String className;
    private final JavaFile file;
    private final Set<String> names = new HashSet<>();

    SqlCatalog(SourceModule module) {
        this.className = module.prefix() + "Sql";
        this.file = JavaFile.main(FileKind.SQL_CONSTANTS, module, "dao", className);
        file.declaration("""
                /**
                 * Table names, column lists and queries shared by the %s data access objects.
                 */
                public final class %s {
                """.formatted(module.name(), className));
        file.addClosing(Member.named(className).text("""
                private %s() {
                }
                """.formatted(className)));
    }

    /** {@code OrdersSql.NAME}, as a DAO of the module refers to a constant. */
    String ref(String name) {
        return className + "." + name;
    }

    void register(Member.SqlConstant constant) {
        if (names.add(constant.name())) {
            String separator = constant.value().startsWith("\n") ? " =" : " = ";
            file.constant("public static final String " + constant.name() + separator + constant.value() + ";");
        }
    }

    /** The lines the class would have if written now; none while it is empty. */
    int lines() {
        return names.isEmpty() ? 0 : file.lines();
    }

    boolean isEmpty() {
        return names.isEmpty();
    }

    JavaFile file() {
        return file;
    }
}
