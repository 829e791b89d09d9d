package dev.backlint.bench;

import java.util.ArrayList;
import java.util.List;

/**
 * A named class member and what it brings into its file: imports, private constants, helper
 * members and shared SQL constants. Nothing reaches the file until the member is accepted.
 */
final class Member {

    /** A constant of the module's shared SQL class. */
    record SqlConstant(String name, String value) {
    }

    private final String name;
    private String text = "";
    private final List<String> imports = new ArrayList<>();
    private final List<String> staticImports = new ArrayList<>();
    private final List<String> constants = new ArrayList<>();
    private final List<Member> helpers = new ArrayList<>();
    private final List<SqlConstant> sqlConstants = new ArrayList<>();

    private Member(String name) {
        this.name = name;
    }

    static Member named(String name) {
        return new Member(name);
    }

    Member text(String text) {
        this.text = Text.withNewline(text);
        return this;
    }

    Member imports(String... names) {
        imports.addAll(List.of(names));
        return this;
    }

    Member imports(List<String> names) {
        imports.addAll(names);
        return this;
    }

    Member staticImports(String... names) {
        staticImports.addAll(List.of(names));
        return this;
    }

    /** A constant declaration that goes to the top of the class. */
    Member constant(String declaration) {
        constants.add(Text.withNewline(declaration));
        return this;
    }

    /** A member, usually private, that goes to the end of the class unless it is there already. */
    Member helper(Member helper) {
        helpers.add(helper);
        return this;
    }

    Member sqlConstant(String constantName, String value) {
        sqlConstants.add(new SqlConstant(constantName, value));
        return this;
    }

    String name() {
        return name;
    }

    String text() {
        return text;
    }

    List<String> imports() {
        return imports;
    }

    List<String> staticImports() {
        return staticImports;
    }

    List<String> constants() {
        return constants;
    }

    List<Member> helpers() {
        return helpers;
    }

    List<SqlConstant> sqlConstants() {
        return sqlConstants;
    }

    /** An upper bound of the lines the member adds to a file. */
    int estimatedLines() {
        int lines = Text.lines(text) + 1 + imports.size() + staticImports.size();
        for (String constant : constants) {
            lines += Text.lines(constant) + 1;
        }
        for (Member helper : helpers) {
            lines += helper.estimatedLines();
        }
        return lines;
    }
}
