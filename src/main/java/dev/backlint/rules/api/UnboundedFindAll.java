package dev.backlint.rules.api;

import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.type.Type;
import dev.backlint.api.Checks;
import dev.backlint.api.Level;
import dev.backlint.api.Location;
import dev.backlint.api.Precision;
import dev.backlint.api.Rule;
import dev.backlint.api.RuleContext;
import dev.backlint.api.RuleInfo;
import dev.backlint.api.ScannedType;
import dev.backlint.flow.Implementations;
import dev.backlint.flow.web.Handlers;
import dev.backlint.flow.web.Repositories;
import dev.backlint.flow.web.ResponseCalls;
import dev.backlint.flow.web.ServiceReturns;
import dev.backlint.resolve.DeclaredTypes;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A REST handler returns every row of a table: the whole result of a Spring Data
 * repository's {@code findAll()}, {@code findAll(Sort)} or a derived query with no
 * {@code Pageable}, {@code Limit}, {@code Top} or {@code First}, called in the handler, in a
 * method of its class, or in a method of a service it calls that returns it. Results
 * reduced to one value or cut short on the way are not whole.
 */
@RuleInfo(
        id = "unbounded-find-all",
        summary = "A REST handler returns every row a repository query finds, with no page or limit",
        level = Level.NOTE,
        tags = {"api", "performance"},
        precision = Precision.HIGH)
public final class UnboundedFindAll implements Rule {

    private static final int MAX_DEPTH = 2;
    private static final int MAX_SUPERTYPES = 3;

    @Override
    public void register(Checks checks) {
        checks.on(MethodDeclaration.class, UnboundedFindAll::check);
    }

    private static void check(MethodDeclaration method, RuleContext context) {
        if (!returnsMany(method.getType()) || !Handlers.writesBody(method, context)) {
            return;
        }
        Set<MethodDeclaration> visited = new HashSet<>();
        visit(method, method, context, visited, 0);
    }

    private static void visit(MethodDeclaration handler, MethodDeclaration method, RuleContext context,
            Set<MethodDeclaration> visited, int depth) {
        if (!visited.add(method)) {
            return;
        }
        for (MethodCallExpr call : ResponseCalls.of(method)) {
            Optional<Expression> scope = call.getScope();
            if (scope.isEmpty() || scope.get().isThisExpr()) {
                if (depth < MAX_DEPTH) {
                    ownMethod(call).ifPresent(own -> visit(handler, own, context, visited, depth + 1));
                }
                continue;
            }
            Optional<Repositories.Repository> repository = Repositories.ofReceiver(scope.get(), context);
            if (repository.isPresent()) {
                boolean sorted = call.getArguments().size() == 1 && Repositories.isSort(call.getArgument(0));
                if (Repositories.unbounded(repository.get(), call.getNameAsString(), call.getArguments().size(),
                        sorted)) {
                    context.report(call, message(handler, call.getNameAsString(), repository.get().name()));
                }
                continue;
            }
            delegated(handler, call, context);
        }
    }

    /** A call to a service of the scanned sources whose method returns a repository's whole result. */
    private static void delegated(MethodDeclaration handler, MethodCallExpr call, RuleContext context) {
        Optional<Type> written = DeclaredTypes.of(call.getScope().get()).filter(Type::isClassOrInterfaceType);
        if (written.isEmpty()) {
            return;
        }
        String name = written.get().asClassOrInterfaceType().getNameWithScope();
        Optional<ScannedType> service = context.project().type(name, call);
        if (service.isEmpty()) {
            return;
        }
        List<ScannedType> candidates = List.of(service.get());
        Optional<List<ServiceReturns.Returned>> returned = returnedBy(service.get(), name, call, context);
        if (returned.isEmpty()) {
            Optional<Declared> fromSuper = inherited(service.get(), call.getNameAsString(), context);
            if (fromSuper.isPresent()) {
                candidates = List.of(fromSuper.get().type());
                returned = Optional.of(fromSuper.get().returned());
            }
        }
        if (returned.isEmpty()) {
            // an interface with one implementation: what that returns
            List<ScannedType> implementations = Implementations.scanned(service.get(), context.project());
            if (implementations.size() != 1) {
                return;
            }
            candidates = implementations;
            ScannedType implementation = implementations.get(0);
            String simple = simple(implementation.qualifiedName());
            returned = context.project().textFacts(ServiceReturns.KIND, simple, service.get())
                    .map(classes -> classes.get(simple)).map(methods -> methods.get(call.getNameAsString()));
        }
        if (returned.isEmpty()) {
            return;
        }
        ScannedType declaring = candidates.get(0);
        for (ServiceReturns.Returned inner : returned.get()) {
            Optional<Repositories.Repository> repository = Repositories.named(inner.receiverType(), declaring, context);
            if (repository.isPresent() && Repositories.unbounded(repository.get(), inner.method(), inner.arguments(),
                    inner.sorted()) && !declaring.path().isEmpty()) {
                context.reportAt(new Location(declaring.path(), inner.range()), false,
                        message(handler, inner.method(), repository.get().name()), List.of());
            }
        }
    }

    private static Optional<List<ServiceReturns.Returned>> returnedBy(ScannedType service, String written,
            MethodCallExpr call, RuleContext context) {
        String simple = simple(service.qualifiedName());
        return context.project().textFacts(ServiceReturns.KIND, written, call)
                .map(classes -> classes.get(simple)).map(methods -> methods.get(call.getNameAsString()));
    }

    /**
     * What a method of the service's scanned superclasses returns whole, with the class that
     * declares it: a generic base service's {@code getAll()}.
     */
    private static Optional<Declared> inherited(ScannedType service, String method, RuleContext context) {
        ScannedType current = service;
        for (int depth = 0; depth < MAX_SUPERTYPES; depth++) {
            Optional<ScannedType> parent = Optional.empty();
            for (String written : current.supertypes()) {
                ScannedType near = current;
                Optional<ScannedType> candidate = context.project().type(written, near);
                if (candidate.isEmpty()) {
                    continue;
                }
                String simple = simple(candidate.get().qualifiedName());
                Optional<List<ServiceReturns.Returned>> found = context.project()
                        .textFacts(ServiceReturns.KIND, written, near).map(classes -> classes.get(simple))
                        .map(methods -> methods.get(method));
                if (found.isPresent()) {
                    return Optional.of(new Declared(candidate.get(), found.get()));
                }
                parent = candidate;
            }
            if (parent.isEmpty()) {
                return Optional.empty();
            }
            current = parent.get();
        }
        return Optional.empty();
    }

    /** The calls a method returns whole, with the class whose file declares it. */
    private record Declared(ScannedType type, List<ServiceReturns.Returned> returned) {
    }

    private static Optional<MethodDeclaration> ownMethod(MethodCallExpr call) {
        Optional<TypeDeclaration> owner = call.findAncestor(TypeDeclaration.class);
        if (owner.isEmpty()) {
            return Optional.empty();
        }
        List<MethodDeclaration> named = ((TypeDeclaration<?>) owner.get()).getMethodsByName(call.getNameAsString())
                .stream().filter(m -> m.getParameters().size() == call.getArguments().size() && m.getBody().isPresent())
                .toList();
        return named.size() == 1 ? Optional.of(named.get(0)) : Optional.empty();
    }

    /** Whether a method declared to return this type may return many rows: not a number, a flag or text. */
    private static boolean returnsMany(Type type) {
        if (type.isVoidType() || type.isPrimitiveType()) {
            return false;
        }
        String name = type.isClassOrInterfaceType() ? type.asClassOrInterfaceType().getNameAsString() : "";
        return !Set.of("Long", "Integer", "Boolean", "String", "Void", "BigDecimal", "Double").contains(name);
    }

    private static String message(MethodDeclaration handler, String method, String repository) {
        return "`" + method + "` of `" + repository + "` loads every matching row into the response of `"
                + handler.getNameAsString() + "`: it grows with the table; take a `Pageable` (or a `Limit`, or "
                + "`findTop…`/`findFirst…`) and return a page.";
    }

    private static String simple(String name) {
        return name.substring(name.lastIndexOf('.') + 1);
    }
}
