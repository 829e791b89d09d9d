package dev.backlint.matchers;

import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import dev.backlint.api.ModelOptions;
import dev.backlint.api.RuleContext;
import dev.backlint.models.SqlSinks;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The calls that run SQL text, made from the {@link SqlSinks} table: the preamble every
 * SQL rule shares (the name, then the receiver, then whether the argument is text).
 */
public final class SqlSinkCalls {

    /** Per method name, the matcher of the sink types that have it. */
    private static final Map<String, CallMatcher> BY_NAME = SqlSinks.METHOD_NAMES.stream()
            .collect(Collectors.toUnmodifiableMap(name -> name,
                    name -> CallMatcher.instance(SqlSinks.typesWithMethod(name), Set.of(name))));

    /** Per method name, the matcher of the sink types whose every overload takes text. */
    private static final Map<String, CallMatcher> ALWAYS_TEXT = SqlSinks.METHOD_NAMES.stream()
            .filter(name -> SqlSinks.typesWithMethod(name).stream().anyMatch(SqlSinks.ALWAYS_TEXT::contains))
            .collect(Collectors.toUnmodifiableMap(name -> name, name -> CallMatcher.instance(
                    SqlSinks.typesWithMethod(name).stream().filter(SqlSinks.ALWAYS_TEXT::contains).toList(),
                    Set.of(name))));

    private SqlSinkCalls() {
    }

    /** Whether the call may be a sink of the library table by its name and arguments alone: the free first test. */
    public static boolean mayBeSink(MethodCallExpr call) {
        return SqlSinks.METHOD_NAMES.contains(call.getNameAsString()) && !call.getArguments().isEmpty()
                && call.getScope().isPresent();
    }

    /** Like {@link #mayBeSink(MethodCallExpr)}, counting the sinks the project's configuration names. */
    public static boolean mayBeSink(MethodCallExpr call, ModelOptions options) {
        return mayBeSink(call) || !call.getArguments().isEmpty()
                && !ModelOptions.named(options.sqlSinks(), call.getNameAsString()).isEmpty();
    }

    /** The SQL text the call runs, when it is a sink taking text; costly checks last. */
    public static Optional<Expression> sqlArgument(MethodCallExpr call, RuleContext context) {
        if (!mayBeSink(call) || !BY_NAME.get(call.getNameAsString()).matches(call, context)) {
            return configuredSink(call, context) ? Optional.of(call.getArgument(0))
                    .filter(sql -> TextExpressions.isText(sql, context)) : Optional.empty();
        }
        Expression sql = call.getArgument(0);
        // JDBC's methods take text in every overload: no need to ask what the argument is
        CallMatcher alwaysText = ALWAYS_TEXT.get(call.getNameAsString());
        boolean text = alwaysText != null && alwaysText.matches(call, context) || TextExpressions.isText(sql, context);
        return text ? Optional.of(sql) : Optional.empty();
    }

    /**
     * Whether the call is of a method the project's configuration names as a SQL sink: on
     * a receiver of its type (or a subtype), or a static call of it.
     */
    private static boolean configuredSink(MethodCallExpr call, RuleContext context) {
        if (call.getArguments().isEmpty()) {
            return false;
        }
        for (ModelOptions.Method sink : ModelOptions.named(context.project().options().sqlSinks(),
                call.getNameAsString())) {
            Set<String> name = Set.of(sink.name());
            if (CallMatcher.instance(List.of(sink.type()), name).matches(call, context)
                    || CallMatcher.staticCall(sink.type(), name).matches(call, context)) {
                return true;
            }
        }
        return false;
    }

    /** The sink types with a method of this name, for messages and tables. */
    public static List<String> typesWithMethod(String name) {
        return SqlSinks.typesWithMethod(name);
    }
}
