package dev.backlint.rules.sql;

import com.github.javaparser.ast.Node;
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
import dev.backlint.api.Verdict;
import dev.backlint.flow.resources.ResourceFlow;
import dev.backlint.matchers.CallMatcher;
import dev.backlint.models.JdbcResources;
import dev.backlint.models.JdbcResources.Acquisition;
import dev.backlint.resolve.Body;
import dev.backlint.resolve.DeclaredTypes;
import dev.backlint.resolve.Expressions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A JDBC connection, statement or result set that the code acquires and may leave open on
 * some path: not closed, not in try-with-resources, not handed on (see {@link ResourceFlow}
 * for the paths followed).
 */
@RuleInfo(
        id = "jdbc-resource-leak",
        summary = "A JDBC connection, statement or result set is not closed on every path",
        level = Level.WARNING,
        tags = {"sql", "reliability"},
        cwe = 772,
        precision = Precision.HIGH)
public final class JdbcResourceLeak implements Rule {

    /** Per acquiring method, the calls that acquire (instance calls on the receivers, static calls on the owners). */
    private static final Map<String, List<CallMatcher>> ACQUIRING = JdbcResources.ACQUISITIONS.stream()
            .collect(Collectors.toUnmodifiableMap(Acquisition::method, JdbcResourceLeak::matchers));

    @Override
    public void register(Checks checks) {
        checks.on(MethodCallExpr.class, JdbcResourceLeak::check);
    }

    private static void check(MethodCallExpr call, RuleContext context) {
        if (call.getScope().isEmpty() || call.getScope().get().isThisExpr()) {
            checkHelperMade(call, context);
            return;
        }
        // what the code does with the result is read from the syntax and the flow alone:
        // judge it before asking what the receiver is, which may take the symbol solver
        if (!ACQUIRING.containsKey(call.getNameAsString()) || call.getScope().isEmpty()
                || ResourceFlow.leaks(call, context.constants()) != Verdict.YES) {
            return;
        }
        Optional<Acquisition> acquisition = acquisition(call, context);
        if (acquisition.isEmpty()) {
            return;
        }
        Expression parent = call.getScope().map(JdbcResourceLeak::unwrap).orElse(null);
        if (acquisition.get().closedWithItsParent() && parent != null && ownedByTheMethod(parent, context)) {
            return; // a result set goes with the statement the method holds
        }
        if (!acquisition.get().isConnection() && parent != null && parentLeaks(parent, context)) {
            return; // reported once, at the connection that leaks with it
        }
        String message = "`" + acquisition.get().resource() + "` from `" + call.getNameAsString()
                + "()` is not closed on every path; open it in try-with-resources";
        context.report(call, message, List.of(), TryWithResources.of(call, context).orElse(null));
    }

    /**
     * A connection or statement that a method of the class opens and hands out
     * ({@code Statement statement = newStatement();}): the caller owns it, and leaks it
     * when it does not close it on every path. A helper handing out a result set is left
     * alone: its statement is the helper's, and reported there.
     */
    private static void checkHelperMade(MethodCallExpr call, RuleContext context) {
        if (!handingOut(context.compilationUnit()).contains(call.getNameAsString())) {
            return; // the cheap test: no method of this file by that name is declared to return one
        }
        Optional<Acquisition> made = helperMade(call, context);
        if (made.isEmpty() || made.get().closedWithItsParent()
                || ResourceFlow.leaks(call, context.constants()) != Verdict.YES) {
            return;
        }
        String message = "`" + made.get().resource() + "` from `" + call.getNameAsString()
                + "()`, which opens it and hands it out, is not closed on every path; open it in try-with-resources";
        context.report(call, message, List.of(), TryWithResources.of(call, context).orElse(null));
    }

    /** Simple names of the types a method may hand a connection or statement out as. */
    private static final java.util.Set<String> HANDED_OUT = java.util.Set.of("Connection", "Statement",
            "PreparedStatement", "CallableStatement", "java.sql.Connection", "java.sql.Statement",
            "java.sql.PreparedStatement", "java.sql.CallableStatement");

    private static final com.github.javaparser.ast.DataKey<java.util.Set<String>> HANDING_OUT =
            new com.github.javaparser.ast.DataKey<>() {
            };

    /** The names of the file's methods declared to return a connection or a statement, found once per file. */
    private static java.util.Set<String> handingOut(com.github.javaparser.ast.CompilationUnit unit) {
        if (!unit.containsData(HANDING_OUT)) {
            java.util.Set<String> names = new java.util.HashSet<>();
            // a file that imports nothing of java.sql declares no method returning a connection or
            // statement (short of writing java.sql.Statement out in full, which is left alone)
            if (unit.getImports().stream().anyMatch(i -> i.getNameAsString().startsWith("java.sql"))) {
                unit.walk(com.github.javaparser.ast.body.MethodDeclaration.class, method -> {
                    if (HANDED_OUT.contains(method.getType().asString())) {
                        names.add(method.getNameAsString());
                    }
                });
            }
            unit.setData(HANDING_OUT, names);
        }
        return unit.getData(HANDING_OUT);
    }

    /** What a method of the class returns on every return: a resource it acquires there, directly or through a local. */
    private static Optional<Acquisition> helperMade(MethodCallExpr call, RuleContext context) {
        Optional<com.github.javaparser.ast.body.MethodDeclaration> helper = DeclaredTypes.declaringTypeAround(call)
                .flatMap(type -> DeclaredTypes.method(type, call)).filter(m -> m.getBody().isPresent());
        if (helper.isEmpty()) {
            return Optional.empty();
        }
        List<com.github.javaparser.ast.stmt.ReturnStmt> returns = helper.get().getBody().get()
                .findAll(com.github.javaparser.ast.stmt.ReturnStmt.class, r -> !Body.nestedIn(r, helper.get()));
        Optional<Acquisition> made = Optional.empty();
        for (com.github.javaparser.ast.stmt.ReturnStmt ret : returns) {
            Expression value = ret.getExpression().map(JdbcResourceLeak::unwrap).orElse(null);
            if (value instanceof NameExpr name) {
                value = DeclaredTypes.localVariable(name).flatMap(VariableDeclarator::getInitializer)
                        .map(JdbcResourceLeak::unwrap).orElse(null);
            }
            Optional<Acquisition> here = value instanceof MethodCallExpr acquiring && ACQUIRING.containsKey(
                    acquiring.getNameAsString()) ? acquisition(acquiring, context) : Optional.empty();
            if (here.isEmpty() || made.isPresent() && !made.get().equals(here.get())) {
                return Optional.empty();
            }
            made = here;
        }
        return made;
    }

    private static List<CallMatcher> matchers(Acquisition acquisition) {
        List<CallMatcher> matchers = new ArrayList<>();
        if (!acquisition.receivers().isEmpty()) {
            matchers.add(CallMatcher.instance(acquisition.receivers(), List.of(acquisition.method())));
        }
        acquisition.staticOwners().forEach(owner -> matchers.add(CallMatcher.staticCall(owner, acquisition.method())));
        return matchers;
    }

    private static Optional<Acquisition> acquisition(MethodCallExpr call, RuleContext context) {
        List<CallMatcher> matchers = ACQUIRING.get(call.getNameAsString());
        if (matchers == null || call.getScope().isEmpty()) {
            return Optional.empty();
        }
        boolean acquires = matchers.stream().anyMatch(matcher -> matcher.matches(call, context));
        return acquires ? JdbcResources.byMethod(call.getNameAsString()) : Optional.empty();
    }

    /** Whether the statement or connection a resource is made from is acquired here, or held in a local. */
    private static boolean ownedByTheMethod(Expression parent, RuleContext context) {
        if (parent instanceof MethodCallExpr parentCall) {
            return acquisition(parentCall, context).isPresent();
        }
        return parent instanceof NameExpr name && DeclaredTypes.localVariable(name).isPresent();
    }

    /** Whether the connection or statement a resource is made from is acquired here and leaks itself. */
    private static boolean parentLeaks(Expression parent, RuleContext context) {
        if (parent instanceof MethodCallExpr parentCall) {
            return acquisition(parentCall, context).isPresent()
                    && ResourceFlow.leaks(parentCall, context.constants()) == Verdict.YES;
        }
        if (!(parent instanceof NameExpr name)) {
            return false;
        }
        Optional<VariableDeclarator> local = DeclaredTypes.localVariable(name);
        if (local.isEmpty()) {
            return false;
        }
        List<Expression> values = new ArrayList<>();
        local.get().getInitializer().ifPresent(values::add);
        Node body = Body.enclosing(local.get()).map(Body::node).orElse(local.get());
        body.findAll(AssignExpr.class, assign -> assign.getTarget() instanceof NameExpr target
                && target.getNameAsString().equals(name.getNameAsString())).forEach(assign -> values.add(assign.getValue()));
        return values.stream().map(JdbcResourceLeak::unwrap).anyMatch(value -> value instanceof MethodCallExpr acquiring
                && acquisition(acquiring, context).isPresent()
                && ResourceFlow.leaks(acquiring, context.constants()) == Verdict.YES);
    }

    private static Expression unwrap(Expression expression) {
        return Expressions.unwrap(expression);
    }
}
