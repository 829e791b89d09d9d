package dev.backlint.flow.web;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.type.Type;
import dev.backlint.api.SourceRange;
import dev.backlint.api.TextFactKind;
import dev.backlint.engine.Parsing;
import dev.backlint.resolve.DeclaredTypes;
import dev.backlint.resolve.Scopes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the methods of a file's classes return whole ({@link ResponseCalls}): the calls on
 * their fields, read when a handler of another file returns what such a method returns.
 */
public final class ServiceReturns implements TextFactKind<Map<String, Map<String, List<ServiceReturns.Returned>>>> {

    public static final ServiceReturns KIND = new ServiceReturns();

    /**
     * A call on a field whose whole result a method returns.
     *
     * @param receiverType the field's type as written, without type arguments
     * @param sorted       whether its one argument is a {@code Sort}
     */
    public record Returned(String receiverType, String method, int arguments, boolean sorted, SourceRange range) {
    }

    private ServiceReturns() {
    }

    @Override
    public String id() {
        return "web.service-returns";
    }

    @Override
    public Map<String, Map<String, List<Returned>>> extract(String text) {
        Optional<CompilationUnit> parsed = Parsing.parse(text);
        if (parsed.isEmpty()) {
            return Map.of();
        }
        Map<String, Map<String, List<Returned>>> classes = new HashMap<>();
        for (TypeDeclaration<?> type : parsed.get().findAll(TypeDeclaration.class)) {
            Map<String, List<Returned>> methods = new HashMap<>();
            for (MethodDeclaration method : type.getMethods()) {
                List<Returned> returned = new ArrayList<>();
                for (MethodCallExpr call : ResponseCalls.of(method)) {
                    Optional<Type> receiver = call.getScope().flatMap(scope -> scope instanceof MethodCallExpr
                            ? Repositories.declaredType(scope) : DeclaredTypes.declaration(scope)
                            .filter(d -> d.kind() == Scopes.Kind.FIELD)
                            .flatMap(Scopes.Declaration::writtenType));
                    if (receiver.isPresent() && call.getRange().isPresent()) {
                        returned.add(new Returned(RepositoryShapes.outer(receiver.get()), call.getNameAsString(),
                                call.getArguments().size(), call.getArguments().size() == 1
                                && Repositories.isSort(call.getArgument(0)), SourceRange.of(call.getRange().get())));
                    }
                }
                if (!returned.isEmpty()) {
                    methods.merge(method.getNameAsString(), List.copyOf(returned), (a, b) -> {
                        List<Returned> both = new ArrayList<>(a);
                        both.addAll(b);
                        return List.copyOf(both);
                    });
                }
            }
            if (!methods.isEmpty()) {
                classes.put(type.getNameAsString(), Map.copyOf(methods));
            }
        }
        return Map.copyOf(classes);
    }
}
