package dev.backlint.rules.security;

import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import dev.backlint.api.RuleContext;
import dev.backlint.resolve.Scopes;
import java.util.Map;
import java.util.Optional;

/**
 * A number of seconds the code fixes: a constant, or a {@code Duration} or {@code TimeUnit}
 * conversion of one ({@code Duration.ofDays(2).toSeconds()}, {@code TimeUnit.DAYS.toSeconds(1)}).
 */
final class Durations {

    private static final Map<String, Long> DURATION_FACTORIES = Map.of("ofDays", 86_400L, "ofHours", 3_600L,
            "ofMinutes", 60L, "ofSeconds", 1L);
    private static final Map<String, Long> TIME_UNITS = Map.of("DAYS", 86_400L, "HOURS", 3_600L, "MINUTES", 60L,
            "SECONDS", 1L);
    private static final int MAX_DEPTH = 6;

    private Durations() {
    }

    static Optional<Long> seconds(Expression expression, RuleContext context) {
        return seconds(expression, context, 0);
    }

    private static Optional<Long> seconds(Expression expression, RuleContext context, int depth) {
        if (depth > MAX_DEPTH) {
            return Optional.empty();
        }
        Expression e = expression;
        while (e instanceof EnclosedExpr enclosed) {
            e = enclosed.getInner();
        }
        Optional<Object> value = context.constants().value(e);
        if (value.isPresent()) {
            return value.get() instanceof Number number && !(number instanceof Double || number instanceof Float)
                    ? Optional.of(number.longValue()) : Optional.empty();
        }
        if (e instanceof NameExpr name) {
            Optional<Expression> only = context.constants().onlyValue(name);
            if (only.isPresent()) {
                return seconds(only.get(), context, depth + 1);
            }
            // a final field of this file: its initialiser
            return Scopes.of(name).filter(d -> d.kind() == Scopes.Kind.FIELD).flatMap(Scopes.Declaration::declarator)
                    .filter(v -> v.getParentNode().filter(p -> p instanceof FieldDeclaration f && f.isFinal()).isPresent())
                    .flatMap(VariableDeclarator::getInitializer).flatMap(v -> seconds(v, context, depth + 1));
        }
        if (e instanceof BinaryExpr binary) {
            Optional<Long> left = seconds(binary.getLeft(), context, depth + 1);
            Optional<Long> right = seconds(binary.getRight(), context, depth + 1);
            if (left.isEmpty() || right.isEmpty()) {
                return Optional.empty();
            }
            return switch (binary.getOperator()) {
                case MULTIPLY -> Optional.of(left.get() * right.get());
                case PLUS -> Optional.of(left.get() + right.get());
                case MINUS -> Optional.of(left.get() - right.get());
                default -> Optional.empty();
            };
        }
        if (e instanceof MethodCallExpr call && call.getScope().isPresent()) {
            String name = call.getNameAsString();
            Expression scope = call.getScope().get();
            // Duration.ofDays(2).toSeconds() / getSeconds()
            if ((name.equals("toSeconds") || name.equals("getSeconds")) && call.getArguments().isEmpty()
                    && scope instanceof MethodCallExpr factory && factory.getArguments().size() == 1
                    && DURATION_FACTORIES.containsKey(factory.getNameAsString())
                    && factory.getScope().filter(s -> s.toString().equals("Duration")
                    || s.toString().equals("java.time.Duration")).isPresent()) {
                return seconds(factory.getArgument(0), context, depth + 1)
                        .map(n -> n * DURATION_FACTORIES.get(factory.getNameAsString()));
            }
            // TimeUnit.DAYS.toSeconds(1)
            if (name.equals("toSeconds") && call.getArguments().size() == 1) {
                String unit = scope instanceof FieldAccessExpr access && access.getScope().toString().endsWith("TimeUnit")
                        ? access.getNameAsString() : scope instanceof NameExpr n ? n.getNameAsString() : "";
                if (TIME_UNITS.containsKey(unit)) {
                    return seconds(call.getArgument(0), context, depth + 1).map(n -> n * TIME_UNITS.get(unit));
                }
            }
        }
        return Optional.empty();
    }
}
