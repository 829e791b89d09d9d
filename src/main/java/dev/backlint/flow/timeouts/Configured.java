package dev.backlint.flow.timeouts;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.ConditionalExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import com.github.javaparser.ast.stmt.ReturnStmt;
import dev.backlint.api.RuleContext;
import dev.backlint.models.HttpClients;
import dev.backlint.models.HttpClients.ConnectOption;
import dev.backlint.models.HttpClients.Effect;
import dev.backlint.models.HttpClients.Everything;
import dev.backlint.models.HttpClients.FromArgument;
import dev.backlint.models.HttpClients.Kind;
import dev.backlint.models.HttpClients.Sets;
import dev.backlint.models.HttpClients.Timeout;
import dev.backlint.models.HttpClients.TimeoutHandler;
import dev.backlint.resolve.Body;
import dev.backlint.resolve.Expressions;
import dev.backlint.resolve.Scopes;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The timeouts an object carries: a request config, a connection manager, a request
 * factory, a connector, a finished client given to another. Read from where the value
 * comes from, without regard to paths: the chain that builds it, the local, field or
 * helper method of the same class it comes through, and every configuring call made on
 * that local or field. What cannot be followed (a parameter, a library call, a lambda)
 * carries every timeout: backlint does not blame code for what it cannot see.
 */
final class Configured {

    static final Set<Timeout> ALL = Set.copyOf(EnumSet.allOf(Timeout.class));
    private static final int MAX_DEPTH = 5;

    private Configured() {
    }

    /** The timeouts {@code value} carries. */
    static Set<Timeout> of(Expression value, RuleContext context) {
        return of(value, context, 0);
    }

    private static Set<Timeout> of(Expression value, RuleContext context, int depth) {
        Expression inner = unwrap(value);
        if (depth > MAX_DEPTH) {
            return ALL;
        }
        if (inner instanceof ConditionalExpr conditional) {
            Set<Timeout> both = EnumSet.copyOf(of(conditional.getThenExpr(), context, depth + 1));
            both.retainAll(of(conditional.getElseExpr(), context, depth + 1));
            return both;
        }
        if (inner instanceof ObjectCreationExpr creation) {
            return created(creation, context, depth);
        }
        if (inner instanceof MethodCallExpr call) {
            return chain(call, context, depth);
        }
        if (inner instanceof NameExpr || inner instanceof FieldAccessExpr access && access.getScope() instanceof ThisExpr) {
            return held(inner, context, depth);
        }
        return ALL;
    }

    private static Set<Timeout> created(ObjectCreationExpr creation, RuleContext context, int depth) {
        Optional<Kind> kind = ClientKinds.of(creation, context);
        if (kind.isEmpty() || creation.getAnonymousClassBody().isPresent()) {
            return ALL;
        }
        Set<Timeout> set = EnumSet.noneOf(Timeout.class);
        if (creation.getArguments().isNonEmpty() && kind.get().constructorArgument().isPresent()) {
            set.addAll(effect(kind.get().constructorArgument().get(), creation.getArguments(), context, depth));
        }
        return set;
    }

    /** A chain: what it starts from, and what each call of it sets. */
    private static Set<Timeout> chain(MethodCallExpr call, RuleContext context, int depth) {
        List<MethodCallExpr> links = dev.backlint.matchers.Chains.calls(call);
        MethodCallExpr first = links.get(0);
        Set<Timeout> set = EnumSet.noneOf(Timeout.class);
        Optional<Kind> kind = ClientKinds.of(first, context);
        if (kind.isPresent()) {
            if (first.getNameAsString().equals("copy") && first.getArguments().isNonEmpty()) {
                set.addAll(of(first.getArguments().get(0), context, depth + 1));
            }
        } else if (first.getScope().isEmpty()) {
            set.addAll(returnedBy(first, context, depth));
        } else {
            Expression root = unwrap(first.getScope().get());
            if (!(root instanceof ObjectCreationExpr) && !(root instanceof NameExpr)
                    && !(root instanceof FieldAccessExpr)) {
                return ALL;
            }
            if (root instanceof NameExpr name && Character.isUpperCase(name.getNameAsString().charAt(0))
                    && Scopes.of(name).isEmpty()) {
                return ALL; // a static call of a class that is not one of the kinds
            }
            set.addAll(of(root, context, depth + 1));
            set.addAll(effectOf(first, context, depth));
        }
        for (MethodCallExpr link : links.subList(1, links.size())) {
            set.addAll(effectOf(link, context, depth));
        }
        return set;
    }

    /** What one call of a chain or on a variable sets. */
    static Set<Timeout> effectOf(MethodCallExpr call, RuleContext context, int depth) {
        Effect effect = HttpClients.SETTERS.get(call.getNameAsString());
        return effect == null ? Set.of() : effect(effect, call.getArguments(), context, depth);
    }

    private static Set<Timeout> effect(Effect effect, List<Expression> arguments, RuleContext context, int depth) {
        if (effect instanceof Sets sets) {
            return arguments.stream().anyMatch(Configured::disables) ? Set.of() : sets.timeouts();
        }
        if (effect instanceof FromArgument from) {
            return from.index() < arguments.size() ? of(arguments.get(from.index()), context, depth + 1) : ALL;
        }
        if (effect instanceof TimeoutHandler) {
            return arguments.stream().anyMatch(argument -> HttpClients.READ_TIMEOUT_HANDLERS.stream()
                    .anyMatch(handler -> Links.text(argument).contains(handler))) ? Set.of(Timeout.READ) : Set.of();
        }
        if (effect instanceof ConnectOption) {
            return !arguments.isEmpty() && Links.text(arguments.get(0)).endsWith("CONNECT_TIMEOUT_MILLIS")
                    && arguments.stream().noneMatch(Configured::disables) ? Set.of(Timeout.CONNECT) : Set.of();
        }
        return effect instanceof Everything ? ALL : Set.of();
    }

    /** A timeout argument written as zero, which every client reads as "wait without limit". */
    static boolean disables(Expression argument) {
        String text = Links.text(unwrap(argument));
        return text.equals("0") || text.equals("0L") || text.equals("Duration.ZERO") || text.endsWith("Timeout.DISABLED")
                || text.endsWith("Timeout.INFINITE") || text.matches("Duration\\.of\\w+\\(0L?\\)");
    }

    /** A local, field or {@code this.f}: the values it is given and the configuring calls made on it. */
    private static Set<Timeout> held(Expression holder, RuleContext context, int depth) {
        String name = holder instanceof NameExpr n ? n.getNameAsString() : ((FieldAccessExpr) holder).getNameAsString();
        Optional<Scopes.Declaration> declaration = holder instanceof NameExpr n ? Scopes.of(n)
                : Scopes.field(holder, name);
        if (declaration.isPresent() && declaration.get().kind() == Scopes.Kind.PARAMETER) {
            return passedIn(declaration.get(), context, depth);
        }
        if (declaration.isEmpty() || declaration.get().kind() == Scopes.Kind.PATTERN) {
            return ALL;
        }
        Node scope = declaration.get().owner(); // the class for a field, the body for a local
        boolean field = declaration.get().kind() == Scopes.Kind.FIELD;
        Optional<VariableDeclarator> declarator = declaration.get().declarator();
        if (!field && holder instanceof NameExpr && declarator.isPresent() && declarator.get().getInitializer().isPresent()
                && scope.findAll(AssignExpr.class, a -> names(a.getTarget(), name, false)).isEmpty()) {
            Optional<Set<Timeout>> onEveryPath = onEveryPath(holder, declarator.get(), context, depth);
            if (onEveryPath.isPresent()) {
                return onEveryPath.get();
            }
        }
        Set<Timeout> set = EnumSet.noneOf(Timeout.class);
        boolean valued = false;
        if (declarator.isPresent() && declarator.get().getInitializer().isPresent()) {
            set.addAll(of(declarator.get().getInitializer().get(), context, depth + 1));
            valued = true;
        }
        for (AssignExpr assign : scope.findAll(AssignExpr.class, a -> names(a.getTarget(), name, field))) {
            set.addAll(of(assign.getValue(), context, depth + 1));
            valued = true;
        }
        if (!valued) {
            return ALL;
        }
        for (MethodCallExpr call : scope.findAll(MethodCallExpr.class, c -> c.getScope()
                .filter(s -> names(s, name, field)).isPresent())) {
            set.addAll(effectOf(call, context, depth + 1));
        }
        for (NameExpr use : scope.findAll(NameExpr.class, n -> n.getNameAsString().equals(name))) {
            if (use.getParentNode().filter(parent -> parent instanceof MethodCallExpr call
                    && call.getArguments().contains(use) && Links.mayConfigure(call.getNameAsString())).isPresent()) {
                return ALL; // handed to code that may configure it
            }
        }
        return set;
    }

    /**
     * What a local configuration object has on every path to {@code use}: a timeout set on
     * one branch only is not counted. Empty when the walk ran past its bound.
     */
    private static Optional<Set<Timeout>> onEveryPath(Expression use, VariableDeclarator declarator,
            RuleContext context, int depth) {
        Optional<Body> body = Body.enclosing(declarator);
        if (body.isEmpty()) {
            return Optional.empty();
        }
        Set<Timeout> initial = of(declarator.getInitializer().get(), context, depth + 1);
        TimeoutFlow flow = TimeoutFlow.run(body.get(), declarator, declarator.getNameAsString(), initial,
                List.of(use), context);
        if (flow == null || flow.at(use) == null) {
            return Optional.empty();
        }
        Set<Timeout> common = EnumSet.copyOf(ALL);
        flow.at(use).forEach(outcome -> common.retainAll(outcome.set()));
        return Optional.of(common);
    }

    static boolean names(Expression expression, String name, boolean field) {
        Expression inner = unwrap(expression);
        if (inner instanceof NameExpr n) {
            return n.getNameAsString().equals(name);
        }
        return field && inner instanceof FieldAccessExpr access && access.getScope() instanceof ThisExpr
                && access.getNameAsString().equals(name);
    }

    /** A parameter of a method of the class: what the arguments of its calls in the class carry, all of them. */
    private static Set<Timeout> passedIn(Scopes.Declaration declaration, RuleContext context, int depth) {
        if (!(declaration.node() instanceof com.github.javaparser.ast.body.Parameter parameter)
                || !(parameter.getParentNode().orElse(null) instanceof MethodDeclaration method)) {
            return ALL;
        }
        int index = method.getParameters().indexOf(parameter);
        List<MethodCallExpr> calls = Links.callsOf(method);
        if (calls.isEmpty()) {
            return ALL;
        }
        Set<Timeout> set = EnumSet.copyOf(ALL);
        for (MethodCallExpr call : calls) {
            if (index >= call.getArguments().size()) {
                return ALL;
            }
            set.retainAll(of(call.getArguments().get(index), context, depth + 1));
        }
        return set;
    }

    /** A helper of the same class: what every value it returns carries. */
    private static Set<Timeout> returnedBy(MethodCallExpr call, RuleContext context, int depth) {
        Optional<MethodDeclaration> method = Links.helper(call);
        if (method.isEmpty() || method.get().getBody().isEmpty()) {
            return ALL;
        }
        Set<Timeout> set = EnumSet.copyOf(ALL);
        boolean any = false;
        for (ReturnStmt ret : method.get().findAll(ReturnStmt.class, r -> !Body.nestedIn(r, method.get()))) {
            if (ret.getExpression().isPresent()) {
                set.retainAll(of(ret.getExpression().get(), context, depth + 1));
                any = true;
            }
        }
        return any ? set : ALL;
    }

    static Expression unwrap(Expression expression) {
        return Expressions.unwrap(expression);
    }

    static Optional<TypeDeclaration<?>> typeAround(Node node) {
        return node.findAncestor(TypeDeclaration.class).map(type -> (TypeDeclaration<?>) type);
    }
}
