package dev.backlint.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * A generated source file, assembled section by section so that its line count is known
 * at every step: package, imports, declaration, then a body of blocks separated by blank
 * lines (enum constants, constants, fields, members, closing members).
 */
final class JavaFile {

    private final FileKind kind;
    private final Path path;
    private final String packageName;
    private final String typeName;
    private final SortedSet<String> imports = new TreeSet<>();
    private final SortedSet<String> staticImports = new TreeSet<>();
    private String declaration = "";
    private String enumConstants;
    private final Section constants = new Section();
    private final Section fields = new Section();
    private final List<String> members = new ArrayList<>();
    private final List<String> closingMembers = new ArrayList<>();
    private final Set<String> memberNames = new HashSet<>();
    private final Set<String> constantTexts = new HashSet<>();
    private int memberLines;

    private JavaFile(FileKind kind, Path dir, String packageName, String typeName) {
        this.kind = kind;
        this.path = dir.resolve(typeName + ".java");
        this.packageName = packageName;
        this.typeName = typeName;
    }

    static JavaFile main(FileKind kind, SourceModule module, String layer, String typeName) {
        return new JavaFile(kind, module.mainDir(layer), module.pkg(layer), typeName);
    }

    static JavaFile test(FileKind kind, SourceModule module, String layer, String typeName) {
        return new JavaFile(kind, module.testDir(layer), module.pkg(layer), typeName);
    }

    FileKind kind() {
        return kind;
    }

    /** Where the file goes, relative to the root of the tree. */
    Path path() {
        return path;
    }

    String typeName() {
        return typeName;
    }

    void imports(String... names) {
        for (String name : names) {
            addImport(name);
        }
    }

    void imports(List<String> names) {
        names.forEach(this::addImport);
    }

    /** Imports {@code simpleName} from {@code packageName} unless it is this file's package. */
    void importFrom(String fromPackage, String simpleName) {
        if (!fromPackage.equals(packageName)) {
            imports.add(fromPackage + "." + simpleName);
        }
    }

    void staticImports(String... names) {
        staticImports.addAll(List.of(names));
    }

    private void addImport(String name) {
        if (!name.substring(0, name.lastIndexOf('.')).equals(packageName)) {
            imports.add(name);
        }
    }

    /** The Javadoc, annotations and opening line of the type, ending with {@code {}. */
    void declaration(String text) {
        declaration = Text.withNewline(text);
    }

    void enumConstants(String text) {
        enumConstants = Text.withNewline(text);
    }

    void constant(String text) {
        String constant = Text.withNewline(text);
        if (constantTexts.add(constant)) {
            constants.add(constant);
        }
    }

    void field(String text) {
        fields.add(Text.withNewline(text));
    }

    boolean hasMember(String name) {
        return memberNames.contains(name);
    }

    /** Adds {@code member} and what it brings; false if a member of that name is there already. */
    boolean add(Member member) {
        if (!memberNames.add(member.name())) {
            return false;
        }
        members.add(member.text());
        memberLines += 1 + Text.lines(member.text());
        bring(member);
        return true;
    }

    /** Adds {@code member} after all the others, as helpers and {@code equals}/{@code hashCode} go. */
    boolean addClosing(Member member) {
        if (!memberNames.add(member.name())) {
            return false;
        }
        closingMembers.add(member.text());
        memberLines += 1 + Text.lines(member.text());
        bring(member);
        return true;
    }

    private void bring(Member member) {
        imports(member.imports());
        staticImports.addAll(member.staticImports());
        member.constants().forEach(this::constant);
        for (Member helper : member.helpers()) {
            addClosing(helper);
        }
    }

    int lines() {
        int lines = 2 + importLines() + Text.lines(declaration);
        if (enumConstants != null) {
            lines += 1 + Text.lines(enumConstants);
        }
        if (!constants.isEmpty()) {
            lines += 1 + constants.lines();
        }
        if (!fields.isEmpty()) {
            lines += 1 + fields.lines();
        }
        return lines + memberLines + 1;
    }

    private int importLines() {
        int platform = platformImports().size();
        int others = imports.size() - platform;
        return group(staticImports.size()) + group(platform) + group(others);
    }

    private static int group(int size) {
        return size == 0 ? 0 : size + 1;
    }

    private List<String> platformImports() {
        List<String> platform = new ArrayList<>();
        for (String name : imports) {
            if (name.startsWith("java.") || name.startsWith("javax.")) {
                platform.add(name);
            }
        }
        return platform;
    }

    String render() {
        StringBuilder out = new StringBuilder(lines() * 40);
        out.append("package ").append(packageName).append(";\n\n");
        appendImports(out, staticImports, "import static ");
        List<String> platform = platformImports();
        appendImports(out, platform, "import ");
        List<String> others = new ArrayList<>(imports);
        others.removeAll(platform);
        appendImports(out, others, "import ");
        out.append(declaration);
        if (enumConstants != null) {
            out.append('\n').append(Text.indent(enumConstants, 4));
        }
        if (!constants.isEmpty()) {
            out.append('\n').append(constants.render());
        }
        if (!fields.isEmpty()) {
            out.append('\n').append(fields.render());
        }
        for (String member : members) {
            out.append('\n').append(Text.indent(member, 4));
        }
        for (String member : closingMembers) {
            out.append('\n').append(Text.indent(member, 4));
        }
        return out.append("}\n").toString();
    }

    private static void appendImports(StringBuilder out, Iterable<String> names, String keyword) {
        boolean any = false;
        for (String name : names) {
            out.append(keyword).append(name).append(";\n");
            any = true;
        }
        if (any) {
            out.append('\n');
        }
    }

    /** Constants or fields: one-line items stay together, items of several lines get blank lines around. */
    private static final class Section {

        private final List<String> items = new ArrayList<>();
        private int lines;
        private boolean lastMultiLine;

        void add(String item) {
            int itemLines = Text.lines(item);
            boolean multiLine = itemLines > 1;
            if (!items.isEmpty() && (multiLine || lastMultiLine)) {
                lines++;
            }
            lines += itemLines;
            items.add(item);
            lastMultiLine = multiLine;
        }

        boolean isEmpty() {
            return items.isEmpty();
        }

        int lines() {
            return lines;
        }

        String render() {
            StringBuilder out = new StringBuilder();
            boolean previousMultiLine = false;
            for (int i = 0; i < items.size(); i++) {
                String item = items.get(i);
                boolean multiLine = Text.lines(item) > 1;
                if (i > 0 && (multiLine || previousMultiLine)) {
                    out.append('\n');
                }
                out.append(Text.indent(item, 4));
                previousMultiLine = multiLine;
            }
            return out.toString();
        }
    }
}
