package dev.backlint.engine;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.comments.Comment;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.ArrayInitializerExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MemberValuePair;
import com.github.javaparser.ast.expr.NormalAnnotationExpr;
import com.github.javaparser.ast.expr.SingleMemberAnnotationExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.nodeTypes.NodeWithAnnotations;
import dev.backlint.api.Literals;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * In-source suppressions of one file: {@code @SuppressWarnings("backlint:<id>")} or
 * {@code @SuppressWarnings("backlint")} on any enclosing declaration, and a
 * {@code // backlint:ignore <id>[, <id>…] [-- reason]} comment on the finding's first
 * line or the line above (without ids it silences every rule there).
 */
public final class Suppressions {

    private static final String ALL = "*";
    /** {@code backlint:ignore id, id -- reason}: ids are kebab-case words separated by commas. */
    private static final Pattern IGNORE = Pattern.compile(
            "backlint:ignore(?![\\w-])(\\s+[a-z0-9]+(?:-[a-z0-9]+)*(?:\\s*,\\s*[a-z0-9]+(?:-[a-z0-9]+)*)*)?");

    private final Map<Integer, Set<String>> ignoredByLine;

    private Suppressions(Map<Integer, Set<String>> ignoredByLine) {
        this.ignoredByLine = ignoredByLine;
    }

    /**
     * The rule ids a comment's text ignores ({@code backlint:ignore id, id -- reason}),
     * {@code *} when it names none; empty when it is no such comment. Java and XML
     * comments read alike.
     */
    public static java.util.Optional<Set<String>> ignoredIds(String comment) {
        Matcher matcher = IGNORE.matcher(comment);
        if (!matcher.find()) {
            return java.util.Optional.empty();
        }
        Set<String> ids = new HashSet<>();
        for (String id : (matcher.group(1) == null ? "" : matcher.group(1)).split("[\\s,]+")) {
            if (!id.isBlank()) {
                ids.add(id);
            }
        }
        if (ids.isEmpty()) {
            ids.add(ALL);
        }
        return java.util.Optional.of(ids);
    }

    static Suppressions of(CompilationUnit unit, String text) {
        Map<Integer, Set<String>> byLine = new HashMap<>();
        if (!text.contains("backlint:ignore")) {
            return new Suppressions(byLine); // most files: no need to walk the tree for its comments
        }
        for (Comment comment : unit.getAllComments()) {
            Set<String> ids = ignoredIds(comment.getContent()).orElse(null);
            if (ids == null || comment.getRange().isEmpty()) {
                continue;
            }
            int line = comment.getRange().get().end.line;
            byLine.computeIfAbsent(line, k -> new HashSet<>()).addAll(ids);
            byLine.computeIfAbsent(line + 1, k -> new HashSet<>()).addAll(ids);
        }
        return new Suppressions(byLine);
    }

    /**
     * Whether a finding of {@code ruleId} on {@code node} of a parsed file would be
     * suppressed there: for facts that name a place where another file's analysis may
     * report. Reads the file's comments on every call; meant for the few such places.
     */
    public static boolean covers(String ruleId, Node node) {
        if (node.getRange().isEmpty()) {
            return false;
        }
        StringBuilder comments = new StringBuilder();
        node.findCompilationUnit().ifPresent(unit -> unit.getAllComments().forEach(c -> comments.append(c.getContent())));
        Suppressions suppressions = node.findCompilationUnit()
                .map(unit -> of(unit, comments.toString())).orElse(new Suppressions(Map.of()));
        return suppressions.suppressed(ruleId, node, node.getRange().get().begin.line);
    }

    /** Whether a finding of {@code ruleId} on {@code node}, starting at {@code line}, is suppressed. */
    boolean suppressed(String ruleId, Node node, int line) {
        Set<String> ignored = ignoredByLine.get(line);
        if (ignored != null && (ignored.contains(ALL) || ignored.contains(ruleId))) {
            return true;
        }
        for (Node current = node; current != null; current = current.getParentNode().orElse(null)) {
            if (current instanceof NodeWithAnnotations<?> annotated && suppresses(annotated, ruleId)) {
                return true;
            }
        }
        return false;
    }

    private static boolean suppresses(NodeWithAnnotations<?> annotated, String ruleId) {
        for (AnnotationExpr annotation : annotated.getAnnotations()) {
            String name = annotation.getNameAsString();
            if (!name.equals("SuppressWarnings") && !name.equals("java.lang.SuppressWarnings")) {
                continue;
            }
            for (String value : values(annotation)) {
                if (value.equals("backlint") || value.equals("backlint:" + ruleId)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static List<String> values(AnnotationExpr annotation) {
        Expression value = null;
        if (annotation instanceof SingleMemberAnnotationExpr single) {
            value = single.getMemberValue();
        } else if (annotation instanceof NormalAnnotationExpr normal) {
            for (MemberValuePair pair : normal.getPairs()) {
                if (pair.getNameAsString().equals("value")) {
                    value = pair.getValue();
                }
            }
        }
        if (value instanceof StringLiteralExpr literal) {
            return Literals.text(literal).stream().toList();
        }
        if (value instanceof ArrayInitializerExpr array) {
            return array.getValues().stream()
                    .filter(StringLiteralExpr.class::isInstance)
                    .flatMap(v -> Literals.text((StringLiteralExpr) v).stream())
                    .toList();
        }
        return List.of();
    }
}
