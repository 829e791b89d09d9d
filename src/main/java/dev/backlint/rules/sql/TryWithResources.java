package dev.backlint.rules.sql;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.UnaryExpr;
import com.github.javaparser.ast.expr.VariableDeclarationExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import com.github.javaparser.ast.stmt.LocalClassDeclarationStmt;
import com.github.javaparser.ast.stmt.Statement;
import dev.backlint.api.Fix;
import dev.backlint.api.RuleContext;
import dev.backlint.api.SourceRange;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The fix of a resource that leaks: its declaration, and the rest of the block it is
 * declared in, into a try-with-resources statement. Offered only where that is the whole
 * story: the resource is a local declared alone, at the start of its line, in a block
 * with statements after it; they use it directly, never assign it, and use it in no lambda
 * or class body (which may run after the block). A last {@code resource.close();} goes,
 * as the try closes it. The text of the moved statements is kept, comments and all, one
 * indentation deeper.
 */
final class TryWithResources {

    private TryWithResources() {
    }

    static Optional<Fix> of(MethodCallExpr acquisition, RuleContext context) {
        if (!(acquisition.getParentNode().orElse(null) instanceof VariableDeclarator variable)
                || variable.getInitializer().orElse(null) != acquisition
                || !(variable.getParentNode().orElse(null) instanceof VariableDeclarationExpr declaration)
                || declaration.getVariables().size() != 1
                || !(declaration.getParentNode().orElse(null) instanceof ExpressionStmt statement)
                || !(statement.getParentNode().orElse(null) instanceof BlockStmt block)) {
            return Optional.empty();
        }
        String name = variable.getNameAsString();
        List<Statement> rest = new ArrayList<>();
        boolean after = false;
        for (Statement each : block.getStatements()) {
            if (each == statement) {
                after = true;
            } else if (after) {
                rest.add(each);
            }
        }
        if (rest.isEmpty() || !usedPlainly(rest, name)) {
            return Optional.empty();
        }
        Statement last = rest.get(rest.size() - 1);
        Statement replacedLast = last;
        if (closes(last, name) && rest.size() > 1) {
            last = rest.get(rest.size() - 2); // the try closes it
        }
        if (statement.getRange().isEmpty() || declaration.getRange().isEmpty() || last.getRange().isEmpty()
                || replacedLast.getRange().isEmpty()) {
            return Optional.empty();
        }
        SourceRange declared = SourceRange.of(statement.getRange().get());
        Optional<String> indent = context.source(new SourceRange(declared.startLine(), 1, declared.startLine(),
                declared.startColumn()));
        Optional<String> resource = context.source(SourceRange.of(declaration.getRange().get()));
        SourceRange keptEnd = SourceRange.of(last.getRange().get());
        SourceRange replacedEnd = SourceRange.of(replacedLast.getRange().get());
        Optional<String> body = context.source(new SourceRange(declared.endLine(), declared.endColumn(),
                keptEnd.endLine(), keptEnd.endColumn()));
        if (indent.isEmpty() || !indent.get().isBlank() || resource.isEmpty() || body.isEmpty()) {
            return Optional.empty();
        }
        // a comment after the last statement, on its line, goes with it
        SourceRange end = replacedEnd;
        Optional<String> tail = context.source(new SourceRange(replacedEnd.endLine(), replacedEnd.endColumn(),
                replacedEnd.endLine(), Integer.MAX_VALUE));
        String trailing = "";
        if (tail.isPresent() && tail.get().strip().startsWith("//")) {
            trailing = tail.get().stripTrailing();
            end = new SourceRange(replacedEnd.endLine(), replacedEnd.endColumn(), replacedEnd.endLine(),
                    replacedEnd.endColumn() + tail.get().length());
        }
        String unit = indent.get().contains("\t") ? "\t" : "    ";
        String moved = replacedLast == last ? body.get() + trailing : body.get();
        String text = "try (" + resource.get() + ") {" + deeper(moved, unit) + "\n" + indent.get() + "}";
        SourceRange replaced = new SourceRange(declared.startLine(), declared.startColumn(), end.endLine(),
                end.endColumn());
        return Optional.of(new Fix("open `" + name + "` in try-with-resources, which closes it on every path",
                List.of(new Fix.Replacement(replaced, text))));
    }

    /** Each line after the first that holds text, one unit deeper. */
    private static String deeper(String text, String unit) {
        StringBuilder out = new StringBuilder(text.length() + 64);
        int start = 0;
        boolean first = true;
        while (start <= text.length()) {
            int newline = text.indexOf('\n', start);
            String line = newline < 0 ? text.substring(start) : text.substring(start, newline);
            out.append(first || line.isBlank() ? line : unit + line);
            if (newline < 0) {
                break;
            }
            out.append('\n');
            start = newline + 1;
            first = false;
        }
        return out.toString();
    }

    /** Whether the statements use the variable only as a value: never assigned, never in a lambda or class body. */
    private static boolean usedPlainly(List<Statement> statements, String name) {
        for (Statement statement : statements) {
            for (NameExpr use : statement.findAll(NameExpr.class, use -> use.getNameAsString().equals(name))) {
                Node parent = use.getParentNode().orElse(null);
                if (parent instanceof AssignExpr assign && assign.getTarget() == use || parent instanceof UnaryExpr
                        || insideLaterCode(use, statement)) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Whether a lambda or a class body of the statement holds the node: code that may run after the block. */
    private static boolean insideLaterCode(Node node, Statement statement) {
        for (Node at = node.getParentNode().orElse(null); at != null && at != statement;
                at = at.getParentNode().orElse(null)) {
            if (at instanceof LambdaExpr || at instanceof LocalClassDeclarationStmt
                    || at instanceof ObjectCreationExpr created && created.getAnonymousClassBody().isPresent()) {
                return true;
            }
        }
        return false;
    }

    /** Whether the statement is {@code name.close();}. */
    private static boolean closes(Statement statement, String name) {
        if (!(statement instanceof ExpressionStmt expression)
                || !(expression.getExpression() instanceof MethodCallExpr call)) {
            return false;
        }
        Optional<Expression> scope = call.getScope();
        return call.getNameAsString().equals("close") && call.getArguments().isEmpty() && scope.isPresent()
                && scope.get() instanceof NameExpr receiver && receiver.getNameAsString().equals(name);
    }
}
