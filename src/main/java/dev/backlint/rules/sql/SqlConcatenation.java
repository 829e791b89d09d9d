package dev.backlint.rules.sql;

import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import dev.backlint.api.Checks;
import dev.backlint.api.Level;
import dev.backlint.api.Precision;
import dev.backlint.api.Rule;
import dev.backlint.api.RuleContext;
import dev.backlint.api.RuleInfo;
import dev.backlint.matchers.Concatenation;
import dev.backlint.matchers.SqlSinkCalls;
import dev.backlint.matchers.TypeNames;
import dev.backlint.resolve.Body;
import dev.backlint.resolve.DeclaredTypes;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A SQL API receives query text that is not a compile-time constant: concatenated,
 * formatted, joined or built from values the code does not fix.
 */
@RuleInfo(
        id = "sql-concatenation",
        summary = "SQL text built from non-constant values is passed to a query API",
        level = Level.WARNING,
        tags = {"sql", "security"},
        cwe = 89,
        securitySeverity = 6.5,
        precision = Precision.HIGH)
public final class SqlConcatenation implements Rule {

    private static final int MAX_SHOWN = 40;

    @Override
    public void register(Checks checks) {
        checks.on(MethodCallExpr.class, SqlConcatenation::check);
    }

    private static void check(MethodCallExpr call, RuleContext context) {
        // reported only when the text is proven to vary: an unknown answer is silence
        if (!SqlSinkCalls.mayBeSink(call, context.project().options())
                || !context.constants().varies(call.getArgument(0))) {
            return;
        }
        Optional<Expression> argument = SqlSinkCalls.sqlArgument(call, context);
        if (argument.isEmpty()) {
            return;
        }
        Expression sql = argument.get();
        List<Expression> parts = Concatenation.pieces(sql);
        Optional<Expression> unsafe = parts.stream()
                .filter(part -> context.constants().varies(part))
                .findFirst();
        String how = parts.size() == 1 && (sql.isNameExpr() || sql.isFieldAccessExpr() || sql.isArrayAccessExpr())
                ? "` comes from `" : "` is built from `";
        if (unsafe.isEmpty()) {
            return;
        }
        List<RuleContext.Related> built = whereBuilt(sql, call, context);
        StringBuilder links = new StringBuilder();
        for (int i = 0; i < built.size(); i++) {
            links.append(i == 0 ? " (put into the query " : i == built.size() - 1 ? " and " : ", ")
                    .append("[here](").append(i + 1).append(")");
        }
        if (!built.isEmpty()) {
            links.append(")");
        }
        context.report(call, "SQL for `" + call.getNameAsString() + how + shown(culprit(unsafe.get(), context, 0))
                + "`, which is not a constant" + links + "; pass values as bind parameters "
                + "(`?` or `:name`) and pick identifiers from a fixed list", built);
    }

    private static final int MAX_PLACES = 5;

    /**
     * The statements of the method that put text that varies into the query, when the call
     * runs text built before it: the initialiser or assignment of a local it reads
     * ({@code sql = "…" + name}, {@code sql += …}) and the {@code append}s and
     * {@code insert}s of a builder it reads, each one whose text varies, on another line
     * than the call. A query built in the call's own argument has no other place.
     */
    private static List<RuleContext.Related> whereBuilt(Expression sql, MethodCallExpr call, RuleContext context) {
        List<VariableDeclarator> locals = new ArrayList<>();
        List<Expression> pieces = Concatenation.pieces(sql);
        // the query held in a local: every place that gives it text that varies; a local that is
        // one piece of a concatenation: only the places that build text (a value it merely
        // holds, such as a class name, is not where the query is built)
        boolean whole = pieces.size() == 1;
        for (Expression piece : pieces) {
            Expression inner = piece;
            while (inner instanceof MethodCallExpr chained && chained.getScope().isPresent()
                    && (chained.getNameAsString().equals("toString") || chained.getNameAsString().equals("append"))) {
                inner = chained.getScope().get();
            }
            if (inner instanceof NameExpr name && context.constants().varies(piece)) {
                DeclaredTypes.localVariable(name).filter(d -> locals.stream().noneMatch(l -> l == d)).ifPresent(locals::add);
            }
        }
        Optional<Body> body = Body.enclosing(call);
        if (locals.isEmpty() || body.isEmpty() || body.get().code().isEmpty() || call.getRange().isEmpty()) {
            return List.of();
        }
        int line = call.getRange().get().begin.line;
        List<RuleContext.Related> places = new ArrayList<>();
        body.get().code().get().walk(node -> {
            Expression value = null;
            if (node instanceof VariableDeclarator declarator && locals.stream().anyMatch(l -> l == declarator)) {
                value = declarator.getInitializer().orElse(null);
            } else if (node instanceof AssignExpr assign && assign.getTarget() instanceof NameExpr target
                    && isOneOf(target, locals)) {
                value = assign.getValue();
            } else if (node instanceof MethodCallExpr append && (append.getNameAsString().equals("append")
                    || append.getNameAsString().equals("insert")) && !append.getArguments().isEmpty()
                    && dev.backlint.resolve.Expressions.chainRoot(append) instanceof NameExpr target && isOneOf(target, locals)) {
                value = append.getArgument(append.getArguments().size() - 1);
            }
            if (value instanceof com.github.javaparser.ast.expr.ObjectCreationExpr creation) {
                // a builder made with text: that text, not the builder, is what goes in
                value = creation.getArguments().stream().filter(context.constants()::varies).findFirst().orElse(null);
            }
            boolean compound = node instanceof AssignExpr assign && assign.getOperator() == AssignExpr.Operator.PLUS;
            if (value != null && places.size() < MAX_PLACES && node.getRange().isPresent()
                    && node.getRange().get().begin.line != line && context.constants().varies(value)
                    && (whole || compound || builds(value) || node instanceof MethodCallExpr)) {
                places.add(new RuleContext.Related(node, "text that is not a constant goes into the query here"));
            }
        });
        return places;
    }

    /** Whether an expression builds text: a concatenation, or a call that formats, joins or appends. */
    private static boolean builds(Expression value) {
        Expression inner = dev.backlint.resolve.Expressions.unwrap(value);
        if (inner instanceof com.github.javaparser.ast.expr.BinaryExpr binary) {
            return binary.getOperator() == com.github.javaparser.ast.expr.BinaryExpr.Operator.PLUS;
        }
        return inner instanceof MethodCallExpr call && BUILDING.contains(call.getNameAsString());
    }

    private static final java.util.Set<String> BUILDING = java.util.Set.of("format", "formatted", "join", "concat",
            "append", "insert", "replace", "replaceAll", "toString");

    private static boolean isOneOf(NameExpr name, List<VariableDeclarator> locals) {
        Optional<VariableDeclarator> declared = DeclaredTypes.localVariable(name);
        return declared.isPresent() && locals.stream().anyMatch(l -> l == declared.get());
    }

    /**
     * The piece to name in the message: inside a formatting or building call, the argument
     * that varies; for {@code toString()} and chains, what they are called on; another call
     * whose arguments are all fixed (a getter) is named whole. Class names are never the
     * culprit.
     */
    private static Expression culprit(Expression part, RuleContext context, int depth) {
        if (depth > 8 || !(part instanceof MethodCallExpr call)) {
            return part;
        }
        for (Expression argument : call.getArguments()) {
            if (context.constants().varies(argument)) {
                for (Expression leaf : Concatenation.pieces(argument)) {
                    if (context.constants().varies(leaf) && !TypeNames.isTypeName(leaf)) {
                        return culprit(leaf, context, depth + 1);
                    }
                }
            }
        }
        Optional<Expression> scope = call.getScope().filter(receiver -> !TypeNames.isTypeName(receiver)
                && context.constants().varies(receiver));
        if (scope.isPresent() && (scope.get() instanceof MethodCallExpr || call.getNameAsString().equals("toString"))) {
            return culprit(scope.get(), context, depth + 1); // a builder's text, or a chain
        }
        return part;
    }

    private static String shown(Expression part) {
        String text = part instanceof NameExpr name ? name.getNameAsString() : part.toString().replaceAll("\\s+", " ");
        return text.length() <= MAX_SHOWN ? text : text.substring(0, MAX_SHOWN - 1) + "…";
    }
}
