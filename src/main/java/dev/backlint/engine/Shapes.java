package dev.backlint.engine;

import com.github.javaparser.Position;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.BodyDeclaration;
import com.github.javaparser.ast.body.CompactConstructorDeclaration;
import com.github.javaparser.ast.body.ConstructorDeclaration;
import com.github.javaparser.ast.body.EnumConstantDeclaration;
import com.github.javaparser.ast.body.EnumDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.InitializerDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The shape of a file: what the symbol solver can read of it from another file. That is
 * its text without comments, without the bodies of methods, constructors and initialiser
 * blocks, and without the values fields start with, with every run of whitespace read as
 * one space. Two versions of a file with the same shape declare the same types, members,
 * signatures, annotations and imports, so a type resolved against one resolves the same
 * against the other. What else another file reads of it (its facts, the type names in
 * its text) is watched on its own.
 */
final class Shapes {

    private Shapes() {
    }

    /** A digest of the shape of {@code unit}, parsed from {@code text}. */
    static String digest(SourceText text, CompilationUnit unit) {
        String source = text.text();
        int[] lineStarts = lineStarts(source);
        List<int[]> skipped = new ArrayList<>();
        for (TypeDeclaration<?> type : unit.getTypes()) {
            collect(type, source, lineStarts, skipped);
        }
        skipped.sort((a, b) -> Integer.compare(a[0], b[0]));

        StringBuilder shape = new StringBuilder(source.length() / 2);
        int at = 0;
        for (int[] skip : skipped) {
            if (skip[0] >= at) {
                strip(source, at, skip[0], shape);
                shape.append('#'); // where something was left out
                at = Math.max(at, skip[1]);
            }
        }
        strip(source, at, source.length(), shape);
        return ResultCache.sha256(shape.toString().getBytes(StandardCharsets.UTF_8)).substring(0, 32);
    }

    /** The parts of a type's members that another file cannot see. */
    private static void collect(TypeDeclaration<?> type, String source, int[] lineStarts, List<int[]> skipped) {
        List<BodyDeclaration<?>> members = new ArrayList<>(type.getMembers());
        if (type instanceof EnumDeclaration enumeration) {
            for (EnumConstantDeclaration constant : enumeration.getEntries()) {
                constant.getArguments().forEach(argument -> skip(argument, source, lineStarts, skipped));
                members.addAll(constant.getClassBody());
            }
        }
        for (BodyDeclaration<?> member : members) {
            if (member instanceof TypeDeclaration<?> nested) {
                collect(nested, source, lineStarts, skipped);
            } else if (member instanceof MethodDeclaration method) {
                method.getBody().ifPresent(body -> skip(body, source, lineStarts, skipped));
            } else if (member instanceof ConstructorDeclaration constructor) {
                skip(constructor.getBody(), source, lineStarts, skipped);
            } else if (member instanceof CompactConstructorDeclaration constructor) {
                skip(constructor.getBody(), source, lineStarts, skipped);
            } else if (member instanceof InitializerDeclaration initializer) {
                skip(initializer.getBody(), source, lineStarts, skipped);
            } else if (member instanceof FieldDeclaration field) {
                for (VariableDeclarator variable : field.getVariables()) {
                    variable.getInitializer().ifPresent(value -> skip(value, source, lineStarts, skipped));
                }
            }
        }
    }

    private static void skip(Node node, String source, int[] lineStarts, List<int[]> skipped) {
        node.getRange().ifPresent(range -> {
            int from = offset(range.begin, source, lineStarts);
            int to = offset(range.end, source, lineStarts) + 1;
            if (from >= 0 && to > from) {
                skipped.add(new int[] {from, Math.min(to, source.length())});
            }
        });
    }

    private static int offset(Position position, String source, int[] lineStarts) {
        if (position.line < 1 || position.line > lineStarts.length) {
            return -1;
        }
        return Math.min(lineStarts[position.line - 1] + Math.max(0, position.column - 1), source.length());
    }

    /** Where each line starts, with the line terminators JavaParser counts: \n, \r\n and \r. */
    private static int[] lineStarts(String source) {
        int[] starts = new int[16];
        int count = 1;
        for (int i = 0; i < source.length(); i++) {
            char c = source.charAt(i);
            if (c == '\n' || c == '\r' && (i + 1 == source.length() || source.charAt(i + 1) != '\n')) {
                if (count == starts.length) {
                    starts = java.util.Arrays.copyOf(starts, count * 2);
                }
                starts[count++] = i + 1;
            }
        }
        return java.util.Arrays.copyOf(starts, count);
    }

    /**
     * Appends {@code source[from, to)} without comments and with whitespace runs as one
     * space; string, character and text-block literals are kept as they are.
     */
    private static void strip(String source, int from, int to, StringBuilder out) {
        int i = from;
        boolean space = false;
        while (i < to) {
            char c = source.charAt(i);
            if (c == '/' && i + 1 < to && source.charAt(i + 1) == '/') {
                while (i < to && source.charAt(i) != '\n' && source.charAt(i) != '\r') {
                    i++;
                }
                space = true;
            } else if (c == '/' && i + 1 < to && source.charAt(i + 1) == '*') {
                int end = source.indexOf("*/", i + 2);
                i = end < 0 || end + 2 > to ? to : end + 2;
                space = true;
            } else if (Character.isWhitespace(c)) {
                i++;
                space = true;
            } else if (c == '"' || c == '\'') {
                if (space) {
                    out.append(' ');
                    space = false;
                }
                i = literal(source, i, to, out);
            } else {
                if (space) {
                    out.append(' ');
                    space = false;
                }
                out.append(c);
                i++;
            }
        }
    }

    /** Copies the literal that starts at {@code start}; returns where it ends. */
    private static int literal(String source, int start, int to, StringBuilder out) {
        char quote = source.charAt(start);
        boolean textBlock = quote == '"' && source.startsWith("\"\"\"", start);
        int i = start + (textBlock ? 3 : 1);
        while (i < to) {
            char c = source.charAt(i);
            if (c == '\\') {
                i += 2;
            } else if (textBlock ? source.startsWith("\"\"\"", i) : c == quote) {
                i += textBlock ? 3 : 1;
                break;
            } else if (!textBlock && (c == '\n' || c == '\r')) {
                break; // an unterminated literal ends with its line
            } else {
                i++;
            }
        }
        int end = Math.min(i, to);
        out.append(source, start, end);
        return end;
    }
}
