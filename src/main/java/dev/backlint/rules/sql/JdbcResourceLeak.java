package dev.backlint.rules.sql;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.CastExpr;
import com.github.javaparser.ast.expr.ConditionalExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.VariableDeclarationExpr;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import com.github.javaparser.ast.stmt.ReturnStmt;
import com.github.javaparser.ast.stmt.TryStmt;
import dev.backlint.api.Checks;
import dev.backlint.api.Level;
import dev.backlint.api.Precision;
import dev.backlint.api.Rule;
import dev.backlint.api.RuleContext;
import dev.backlint.api.RuleInfo;
import dev.backlint.matchers.Receivers;
import dev.backlint.resolve.DeclaredTypes;
import dev.backlint.models.JdbcResources;
import dev.backlint.models.JdbcResources.Acquisition;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A JDBC connection, statement or result set that the method acquires and does not
 * release on every path: not in try-with-resources, not closed in a {@code finally},
 * and not handed on (returned, stored, passed).
 */
@RuleInfo(
        id = "jdbc-resource-leak",
        summary = "A JDBC connection, statement or result set is not closed on every path",
        level = Level.WARNING,
        tags = {"sql", "reliability"},
        cwe = 772,
        precision = Precision.HIGH)
public final class JdbcResourceLeak implements Rule {

    @Override
    public void register(Checks checks) {
        checks.on(MethodCallExpr.class, JdbcResourceLeak::check);
    }

    private static void check(MethodCallExpr call, RuleContext context) {
        // what the code does with the result is read from the syntax alone: check it
        // before asking what the receiver is, which may take the symbol solver
        if (JdbcResources.byMethod(call.getNameAsString()).isEmpty() || handledWhereUsed(call, context)) {
            return;
        }
        Optional<Acquisition> acquisition = acquisition(call, context);
        if (acquisition.isPresent() && !released(call, acquisition.get(), context)) {
            context.report(call, "`" + acquisition.get().resource() + "` from `" + call.getNameAsString()
                    + "()` is not closed on every path; open it in try-with-resources");
        }
    }

    private static Optional<Acquisition> acquisition(MethodCallExpr call, RuleContext context) {
        Optional<Acquisition> acquisition = JdbcResources.byMethod(call.getNameAsString());
        if (acquisition.isEmpty() || call.getScope().isEmpty()) {
            return Optional.empty();
        }
        Expression scope = call.getScope().get();
        if (scope instanceof NameExpr name && name.getNameAsString().equals("DriverManager")) {
            return acquisition.filter(a -> a.receivers().contains("java.sql.DriverManager")
                    && context.resolver().mayImport("DriverManager", "java.sql.DriverManager"));
        }
        return acquisition.filter(a -> Receivers.isOneOf(scope, a.receivers(), context));
    }

    /**
     * Whether the resource the call returns is released or handed on. A statement or
     * result set made from a connection or statement the method itself acquired shares
     * its parent's fate: reporting the parent is enough, and releasing it releases both.
     */
    private static boolean released(MethodCallExpr call, Acquisition acquisition, RuleContext context) {
        if (handledWhereUsed(call, context)) {
            return true;
        }
        Expression parent = call.getScope().orElseThrow();
        if (acquisition.closedWithItsParent()) {
            return ownedByTheMethod(parent, context);
        }
        // a statement of a connection that leaks itself: the leak is reported once, there
        return !acquisition.resource().equals("Connection") && parentLeaks(parent, context);
    }

    /** Whether the connection a statement is made from is acquired here and reported as a leak itself. */
    private static boolean parentLeaks(Expression parent, RuleContext context) {
        Expression inner = unwrap(parent);
        if (inner instanceof MethodCallExpr parentCall) {
            return acquisition(parentCall, context).filter(a -> !released(parentCall, a, context)).isPresent();
        }
        if (!(inner instanceof NameExpr name)) {
            return false;
        }
        Optional<VariableDeclarator> local = localDeclaration(name);
        if (local.isEmpty() || inTryResources(local.get()) || localReleased(local.get(), context)) {
            return false;
        }
        List<Expression> values = new ArrayList<>();
        local.get().getInitializer().ifPresent(values::add);
        body(local.get()).findAll(AssignExpr.class, assign -> assign.getTarget() instanceof NameExpr target
                && target.getNameAsString().equals(name.getNameAsString())).forEach(assign -> values.add(assign.getValue()));
        return values.stream().map(JdbcResourceLeak::unwrap).anyMatch(value -> value instanceof MethodCallExpr acquiring
                && acquisition(acquiring, context).isPresent());
    }

    private static boolean ownedByTheMethod(Expression parent, RuleContext context) {
        Expression inner = unwrap(parent);
        if (inner instanceof MethodCallExpr parentCall) {
            return acquisition(parentCall, context).isPresent();
        }
        return inner instanceof NameExpr name && localDeclaration(name).isPresent();
    }

    private static boolean handledWhereUsed(Expression acquired, RuleContext context) {
        Node child = acquired;
        Node parent = acquired.getParentNode().orElse(null);
        // the value flows on unchanged through parentheses, casts and the arms of a ternary
        while (parent instanceof EnclosedExpr || parent instanceof CastExpr
                || parent instanceof ConditionalExpr conditional && conditional.getCondition() != child) {
            child = parent;
            parent = parent.getParentNode().orElse(null);
        }
        if (parent instanceof VariableDeclarator declarator) {
            return inTryResources(declarator) || localReleased(declarator, context);
        }
        if (parent instanceof AssignExpr assign && assign.getValue() == child) {
            if (assign.getTarget() instanceof NameExpr target) {
                Optional<VariableDeclarator> local = localDeclaration(target);
                return local.isEmpty() || localReleased(local.get(), context);
            }
            return true; // stored in a field or an array
        }
        if (parent instanceof ReturnStmt || parent instanceof LambdaExpr) {
            return true;
        }
        if (parent instanceof MethodCallExpr outer) {
            // an argument is handed on; a receiver is used and dropped
            Node used = child;
            return outer.getScope().filter(scope -> scope == used).isEmpty();
        }
        if (parent instanceof ObjectCreationExpr) {
            return true;
        }
        return !(parent instanceof ExpressionStmt) && !(parent instanceof Expression);
    }

    private static boolean inTryResources(VariableDeclarator declarator) {
        return declarator.getParentNode()
                .filter(VariableDeclarationExpr.class::isInstance)
                .flatMap(Node::getParentNode)
                .filter(TryStmt.class::isInstance)
                .isPresent();
    }

    /**
     * A local holding a resource is released when it is a try-with-resources resource,
     * closed in a {@code finally}, or handed on: returned, stored in a field, passed.
     */
    private static boolean localReleased(VariableDeclarator local, RuleContext context) {
        String name = local.getNameAsString();
        Node body = body(local);
        for (TryStmt tryStmt : body.findAll(TryStmt.class)) {
            if (tryStmt.getResources().stream().anyMatch(r -> isName(r, name))) {
                return true;
            }
            if (tryStmt.getFinallyBlock().filter(block -> closes(block, name)).isPresent()) {
                return true;
            }
        }
        for (NameExpr use : body.findAll(NameExpr.class, use -> use.getNameAsString().equals(name))) {
            Node parent = use.getParentNode().orElse(null);
            if (parent instanceof ReturnStmt) {
                return true;
            }
            if (parent instanceof AssignExpr assign && assign.getValue() == use
                    && (assign.getTarget() instanceof FieldAccessExpr || assign.getTarget() instanceof NameExpr target
                    && localDeclaration(target).isEmpty())) {
                return true;
            }
            if (parent instanceof MethodCallExpr call && call.getArguments().stream().anyMatch(a -> a == use)
                    && !onlyUsedBy(call, call.getArguments().indexOf(use))) {
                return true;
            }
            if (parent instanceof ObjectCreationExpr creation && creation.getArguments().stream().anyMatch(a -> a == use)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a call only uses the resource passed as argument {@code index}: the callee
     * is a method of this class (one of that name and arity) whose parameter is never
     * closed, returned, stored, nor passed on. Anything else counts as a hand-off.
     */
    private static boolean onlyUsedBy(MethodCallExpr call, int index) {
        if (call.getScope().filter(scope -> !scope.isThisExpr()).isPresent() || closesByName(call)) {
            return false;
        }
        Optional<com.github.javaparser.ast.body.MethodDeclaration> method = DeclaredTypes.declaringTypeAround(call)
                .flatMap(type -> DeclaredTypes.method(type, call)).filter(m -> m.getBody().isPresent());
        if (method.isEmpty() || index < 0) {
            return false;
        }
        com.github.javaparser.ast.body.MethodDeclaration callee = method.get();
        String name = callee.getParameter(index).getNameAsString();
        Node body = callee.getBody().get();
        if (closes(body, name)) {
            return false;
        }
        for (NameExpr use : body.findAll(NameExpr.class, use -> use.getNameAsString().equals(name))) {
            Node parent = use.getParentNode().orElse(null);
            boolean receiver = parent instanceof MethodCallExpr used && used.getScope().filter(s -> s == use).isPresent();
            if (!receiver) {
                return false; // returned, stored, passed on, or used in a way we do not follow
            }
        }
        return true;
    }

    private static boolean closesByName(MethodCallExpr call) {
        String name = call.getNameAsString().toLowerCase(java.util.Locale.ROOT);
        return name.contains("close") || name.contains("release");
    }

    /** {@code name.close()}, or {@code name} passed to a method whose name speaks of closing or releasing. */
    private static boolean closes(Node block, String name) {
        return block.findFirst(MethodCallExpr.class, call ->
                (call.getNameAsString().equals("close") && call.getScope().filter(s -> isName(s, name)).isPresent())
                        || ((call.getNameAsString().toLowerCase().contains("close")
                        || call.getNameAsString().toLowerCase().contains("release"))
                        && call.getArguments().stream().anyMatch(a -> isName(a, name)))).isPresent();
    }

    private static boolean isName(Expression expression, String name) {
        return expression instanceof NameExpr n && n.getNameAsString().equals(name);
    }

    private static Expression unwrap(Expression expression) {
        Expression inner = expression;
        while (inner instanceof EnclosedExpr || inner instanceof CastExpr) {
            inner = inner instanceof EnclosedExpr enclosed ? enclosed.getInner() : ((CastExpr) inner).getExpression();
        }
        return inner;
    }

    /** The local variable a name refers to, if it is one (not a parameter or a field). */
    private static Optional<VariableDeclarator> localDeclaration(NameExpr name) {
        return DeclaredTypes.localVariable(name);
    }

    private static Node body(VariableDeclarator declarator) {
        Node body = declarator;
        while (body.getParentNode().isPresent() && !(body.getParentNode().get() instanceof CallableDeclaration<?>)
                && !(body.getParentNode().get() instanceof LambdaExpr)) {
            body = body.getParentNode().get();
        }
        return body;
    }
}
