package dev.backlint.flow.timeouts;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.SwitchExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import com.github.javaparser.ast.stmt.SwitchEntry;
import com.github.javaparser.ast.stmt.YieldStmt;
import dev.backlint.flow.Destination;
import dev.backlint.models.HttpClients;
import dev.backlint.resolve.Expressions;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** Small syntactic questions about chains of calls, helpers of the same class and hand-offs. */
final class Links {

    /** Names of methods that, given a client or builder, may well set its timeouts. */
    private static final Pattern CONFIGURING = Pattern.compile(
            "timeout|configur|customi[sz]|prepare|setup|init|apply|tune|decorate");

    private Links() {
    }

    /** The code of {@code node}, comments left out. */
    static String text(Node node) {
        return Expressions.text(node);
    }

    /** The variable a chain of calls starts from: {@code b} in {@code b.connectTimeout(d).build()}. */
    static Optional<String> rootName(Expression expression) {
        Expression current = Configured.unwrap(expression);
        while (current instanceof MethodCallExpr call && call.getScope().isPresent()) {
            current = Configured.unwrap(call.getScope().get());
        }
        return current instanceof NameExpr name ? Optional.of(name.getNameAsString()) : Optional.empty();
    }

    /** Whether {@code call} is made on {@code value} (through parentheses). */
    static boolean isScopeOf(Expression value, MethodCallExpr call) {
        return call.getScope().map(Configured::unwrap).filter(scope -> scope == value).isPresent();
    }

    /** Whether a call of the chain before {@code call} finishes the builder ({@code b.build().send(..)}). */
    static boolean finishedBefore(MethodCallExpr call) {
        Optional<Expression> scope = call.getScope().map(Configured::unwrap);
        while (scope.isPresent() && scope.get() instanceof MethodCallExpr inner) {
            if (HttpClients.TERMINALS.contains(inner.getNameAsString())) {
                return true;
            }
            scope = inner.getScope().map(Configured::unwrap);
        }
        return false;
    }

    /** Whether a method of this name, handed a client or builder, may configure it. */
    static boolean mayConfigure(String method) {
        return CONFIGURING.matcher(method.toLowerCase(Locale.ROOT)).find();
    }

    /** The method of the enclosing classes that an unqualified (or {@code this.}) call calls, by name and arity. */
    static Optional<MethodDeclaration> helper(MethodCallExpr call) {
        if (call.getScope().isPresent() && !(call.getScope().get() instanceof ThisExpr)) {
            return Optional.empty();
        }
        for (Node current = call.getParentNode().orElse(null); current != null;
                current = current.getParentNode().orElse(null)) {
            if (current instanceof TypeDeclaration<?> type) {
                List<MethodDeclaration> found = type.getMethodsByName(call.getNameAsString()).stream()
                        .filter(m -> m.getParameters().size() == call.getArguments().size()
                                || m.getParameters().isNonEmpty() && m.getParameter(m.getParameters().size() - 1)
                                        .isVarArgs())
                        .toList();
                if (found.size() > 1) {
                    // overloads: the one whose parameter types are written as the arguments' declared types
                    found = found.stream().filter(m -> parametersFit(m, call)).toList();
                }
                if (found.size() == 1) {
                    return Optional.of(found.get(0));
                }
                if (!found.isEmpty()) {
                    return Optional.empty();
                }
            }
        }
        return Optional.empty();
    }

    private static boolean parametersFit(MethodDeclaration method, MethodCallExpr call) {
        for (int i = 0; i < call.getArguments().size() && i < method.getParameters().size(); i++) {
            Expression argument = Configured.unwrap(call.getArguments().get(i));
            if (!(argument instanceof NameExpr name)) {
                continue;
            }
            Optional<String> written = dev.backlint.resolve.Scopes.of(name)
                    .flatMap(dev.backlint.resolve.Scopes.Declaration::writtenType)
                    .filter(type -> type.isClassOrInterfaceType())
                    .map(type -> type.asClassOrInterfaceType().getNameAsString());
            String parameter = method.getParameter(i).getType().isClassOrInterfaceType()
                    ? method.getParameter(i).getType().asClassOrInterfaceType().getNameAsString()
                    : method.getParameter(i).getType().asString();
            if (written.isPresent() && !written.get().equals(parameter)) {
                return false;
            }
        }
        return true;
    }

    /** The calls of {@code method} within its class (and classes nested in it). */
    static List<MethodCallExpr> callsOf(CallableDeclaration<?> method) {
        Optional<TypeDeclaration<?>> type = Configured.typeAround(method);
        if (type.isEmpty()) {
            return List.of();
        }
        return type.get().findAll(MethodCallExpr.class, call -> call.getNameAsString().equals(method.getNameAsString())
                && (call.getScope().isEmpty() || call.getScope().get() instanceof ThisExpr))
                .stream()
                .filter(call -> helper(call).filter(found -> found == method).isPresent())
                .toList();
    }

    /**
     * Where a value goes, past parentheses, casts, a conditional's arms and the arms of a
     * {@code switch} expression ({@code case A -> value;}, {@code yield value;}).
     */
    static Destination destination(Expression value) {
        Destination where = Destination.of(value);
        for (int i = 0; i < 8; i++) {
            Node parent = where.parent();
            Optional<SwitchExpr> around = Optional.empty();
            if (parent instanceof ExpressionStmt statement && statement.getParentNode()
                    .filter(SwitchEntry.class::isInstance).flatMap(Node::getParentNode)
                    .filter(SwitchExpr.class::isInstance).isPresent()) {
                around = statement.getParentNode().flatMap(Node::getParentNode).map(SwitchExpr.class::cast);
            } else if (parent instanceof YieldStmt yield) {
                around = yield.findAncestor(SwitchExpr.class);
            }
            if (around.isEmpty()) {
                return where;
            }
            where = Destination.of(around.get());
        }
        return where;
    }
}
