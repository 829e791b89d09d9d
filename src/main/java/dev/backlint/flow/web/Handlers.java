package dev.backlint.flow.web;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import com.github.javaparser.ast.type.Type;
import dev.backlint.api.RuleContext;
import dev.backlint.matchers.AnnotationMatcher;
import dev.backlint.models.RestHandlers;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * REST handlers: methods whose return value a web framework writes as the response body.
 * Spring handlers of a {@code @RestController}, or with {@code @ResponseBody} on the method or
 * its class, or returning a {@code ResponseEntity} from a {@code @Controller}; JAX-RS resource
 * methods. Annotations are read by name first, then through the imports or the solver.
 */
public final class Handlers {

    private static final AnnotationMatcher SPRING_MAPPINGS = AnnotationMatcher.of(RestHandlers.SPRING_MAPPINGS);
    private static final AnnotationMatcher JAX_RS_METHODS = AnnotationMatcher.of(RestHandlers.JAX_RS_METHODS);
    private static final AnnotationMatcher REST_CONTROLLERS = AnnotationMatcher.of(RestHandlers.REST_CONTROLLERS);
    private static final AnnotationMatcher RESPONSE_BODY = AnnotationMatcher.of(RestHandlers.RESPONSE_BODY);
    private static final AnnotationMatcher CONTROLLERS = AnnotationMatcher.of(RestHandlers.CONTROLLERS);

    /** The simple names of the annotations that may make a method a handler: the free first test. */
    private static final Set<String> HANDLER_NAMES = handlerNames();

    private Handlers() {
    }

    /** Whether the method is a handler whose return value is the response body. */
    public static boolean writesBody(MethodDeclaration method, RuleContext context) {
        if (method.getAnnotations().stream().noneMatch(a -> HANDLER_NAMES.contains(simpleName(a)))) {
            return false;
        }
        if (method.getAnnotations().stream().anyMatch(a -> JAX_RS_METHODS.matches(a, context))) {
            return true;
        }
        if (method.getAnnotations().stream().noneMatch(a -> SPRING_MAPPINGS.matches(a, context))) {
            return false;
        }
        Optional<TypeDeclaration<?>> owner = owner(method);
        if (owner.isEmpty()) {
            return false;
        }
        if (annotated(owner.get(), REST_CONTROLLERS, context) || annotated(method, RESPONSE_BODY, context)
                || annotated(owner.get(), RESPONSE_BODY, context)) {
            return true;
        }
        // a @Controller writes an HttpEntity it returns as the response, body and all
        return annotated(owner.get(), CONTROLLERS, context) && returnsHttpEntity(method.getType());
    }

    private static boolean returnsHttpEntity(Type type) {
        if (!type.isClassOrInterfaceType()) {
            return false;
        }
        ClassOrInterfaceType written = type.asClassOrInterfaceType();
        String name = written.getNameAsString();
        if (name.equals("ResponseEntity") || name.equals("HttpEntity")) {
            return true;
        }
        // Mono<ResponseEntity<..>>, CompletableFuture<ResponseEntity<..>>
        return RestHandlers.BODY_WRAPPERS.contains(name) && written.getTypeArguments()
                .filter(arguments -> arguments.size() == 1 && returnsHttpEntity(arguments.get(0))).isPresent();
    }

    private static boolean annotated(com.github.javaparser.ast.nodeTypes.NodeWithAnnotations<?> node,
            AnnotationMatcher matcher, RuleContext context) {
        return node.getAnnotations().stream().anyMatch(a -> matcher.matches(a, context));
    }

    private static Optional<TypeDeclaration<?>> owner(MethodDeclaration method) {
        Optional<Node> parent = method.getParentNode();
        return parent.filter(TypeDeclaration.class::isInstance).map(p -> (TypeDeclaration<?>) p);
    }

    private static String simpleName(AnnotationExpr annotation) {
        return annotation.getName().getIdentifier();
    }

    private static Set<String> handlerNames() {
        Set<String> names = new HashSet<>();
        RestHandlers.SPRING_MAPPINGS.forEach(n -> names.add(n.substring(n.lastIndexOf('.') + 1)));
        RestHandlers.JAX_RS_METHODS.forEach(n -> names.add(n.substring(n.lastIndexOf('.') + 1)));
        return Set.copyOf(names);
    }
}
