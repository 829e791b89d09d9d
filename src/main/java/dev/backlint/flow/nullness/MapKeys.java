package dev.backlint.flow.nullness;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.BodyDeclaration;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.stmt.ForEachStmt;
import dev.backlint.resolve.Scopes;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Whether a {@code map.get(key)} may find no entry because of data from outside the
 * program. Which keys a map the program fills holds is an invariant of the program (a
 * registry filled at start-up, a map grouped from the very elements looked up, an enum
 * map with every constant), and real code keeps such invariants far more often than it
 * breaks them; a lookup is a source of null only when the map or the key comes from a
 * client or the environment:
 * <ul>
 * <li>the map holds request or environment data ({@code request.getParameterMap()},
 * {@code System.getenv()}, a handler parameter bound from the request, a JSON body bound
 * to a map);</li>
 * <li>the key is what a client sent: a handler parameter bound from the path, the query,
 * a header, a cookie, a form or the body, or a value read from the request
 * ({@code request.getParameter("plan")}), directly or through locals.</li>
 * </ul>
 * A key read from the map itself ({@code for (String k : map.keySet())}) is never missing.
 */
final class MapKeys {

    /** Calls that return a map of what a client or the environment sent. */
    private static final Set<String> EXTERNAL_MAPS = Set.of("getParameterMap", "getenv");
    /** Annotations of handler parameters bound from the request. */
    private static final Set<String> REQUEST_BINDINGS = Set.of("RequestParam", "RequestHeader", "MatrixVariable",
            "QueryParam", "HeaderParam", "FormParam", "CookieValue", "RequestBody");
    /** Annotations of handler parameters that bind what a client sent: a value, or a body whose fields it chose. */
    private static final Set<String> CLIENT_VALUES = Set.of("RequestParam", "PathVariable", "RequestHeader",
            "CookieValue", "MatrixVariable", "QueryParam", "PathParam", "HeaderParam", "FormParam", "CookieParam",
            "MatrixParam", "RequestBody", "ModelAttribute", "BeanParam");
    /** Request methods that return a value a client sent: one parameter or header, or the body. */
    private static final Set<String> REQUEST_VALUES = Set.of("getParameter", "getHeader", "getPathInfo",
            "getQueryString", "getInputStream", "getReader");
    /** JAX-RS methods whose one unannotated parameter is the request's entity. */
    private static final Set<String> ENTITY_METHODS = Set.of("POST", "PUT", "PATCH");
    /** JAX-RS annotations that bind a parameter to something other than the entity. */
    private static final Set<String> JAX_RS_BINDINGS = Set.of("PathParam", "QueryParam", "HeaderParam", "FormParam",
            "CookieValue", "MatrixParam", "CookieParam", "BeanParam", "Context", "Suspended");
    /** How many locals a key is followed through to what a client sent. */
    private static final int DEPTH = 3;

    private MapKeys() {
    }

    /** Whether the {@code get} call may find no entry, on the evidence above. */
    static boolean mayLackKeys(MethodCallExpr get) {
        Expression map = NullnessFlow.unwrap(get.getScope().get());
        if (external(map)) {
            return true;
        }
        Optional<String> name = nameOf(map);
        if (name.isPresent() && fromMap(get.getArgument(0), name.get(), DEPTH)) {
            return false; // for (String id : map.keySet()) map.get(id): a key the map gave
        }
        if (map instanceof NameExpr variable) {
            Optional<Scopes.Declaration> declaration = Scopes.of(variable);
            if (declaration.isPresent() && declaration.get().node() instanceof Parameter parameter
                    && (parameter.getAnnotations().stream().anyMatch(a -> REQUEST_BINDINGS.contains(a.getName().getIdentifier()))
                    || requestEntity(parameter))) {
                return true; // @RequestParam Map<String, String> query, @RequestBody Map<String, Object> body
            }
            if (declaration.isPresent() && declaration.get().node() instanceof VariableDeclarator local
                    && declaration.get().kind() != Scopes.Kind.FIELD
                    && local.getInitializer().filter(MapKeys::external).isPresent()) {
                return true; // Map<String, String[]> parameters = request.getParameterMap();
            }
        }
        return clientValue(get.getArgument(0)) && !builtForKey(map, get.getArgument(0));
    }

    /**
     * Whether a local map was made for the very key it is read with: its initialiser is
     * given a variable the key comes from ({@code Map<Locale, Properties> texts =
     * textsFor(realm, locale);} read with {@code texts.get(current)} for {@code current}
     * starting at {@code locale}). What such a map holds is the answer for that key.
     */
    private static boolean builtForKey(Expression map, Expression key) {
        if (!(map instanceof NameExpr variable)) {
            return false;
        }
        Optional<Expression> init = initializer(variable);
        if (init.isEmpty() || !(NullnessFlow.unwrap(init.get()) instanceof MethodCallExpr made)) {
            return false;
        }
        Set<String> given = new HashSet<>();
        made.getArguments().forEach(argument -> argument.findAll(NameExpr.class).forEach(name -> given.add(name.getNameAsString())));
        return !given.isEmpty() && reaches(key, given, DEPTH);
    }

    /** Whether the key names one of the variables, directly or through the initialisers of locals. */
    private static boolean reaches(Expression key, Set<String> names, int depth) {
        return key.findFirst(NameExpr.class, name -> names.contains(name.getNameAsString())
                || depth > 0 && initializer(name).filter(init -> reaches(init, names, depth - 1)).isPresent()).isPresent();
    }

    /**
     * Whether an expression is, or is made from, a value a client sent: a handler parameter
     * bound from the request ({@code @PathVariable String plan}, a field of a
     * {@code @RequestBody}) or a request value ({@code request.getHeader("X-Region")}),
     * through the initialisers of locals.
     */
    static boolean clientValue(Expression value) {
        return clientKey(value, DEPTH);
    }

    /**
     * Whether anything at a place may be a value a client sent, told once per member: a
     * method around it has a parameter bound from the request, or the outermost one reads a
     * request value. Where neither holds, {@link #clientValue} is false for every
     * expression there.
     */
    static boolean clientInReach(Node at, Map<Node, Boolean> known) {
        Node outermost = null;
        for (Node node = at; node != null; node = node.getParentNode().orElse(null)) {
            if (node instanceof CallableDeclaration<?> callable) {
                if (callable.getParameters().stream().anyMatch(parameter -> parameter.getAnnotations().stream()
                        .anyMatch(a -> CLIENT_VALUES.contains(a.getName().getIdentifier())))) {
                    return true;
                }
                outermost = node;
            } else if (node instanceof BodyDeclaration<?>) {
                outermost = node;
            }
        }
        if (outermost == null) {
            return true;
        }
        return known.computeIfAbsent(outermost, member -> member.findFirst(MethodCallExpr.class,
                call -> REQUEST_VALUES.contains(call.getNameAsString()) && call.getScope().isPresent()).isPresent());
    }

    /** Whether a call reads a value a client sent off a request ({@code request.getHeader(..)}). */
    static boolean readsRequest(MethodCallExpr call) {
        return REQUEST_VALUES.contains(call.getNameAsString()) && call.getScope().isPresent();
    }

    /** Whether an annotation binds a handler parameter to what a client sent. */
    static boolean bindsClientValue(AnnotationExpr annotation) {
        return CLIENT_VALUES.contains(annotation.getName().getIdentifier());
    }

    private static boolean clientKey(Expression key, int depth) {
        return key.findFirst(Node.class, node -> node instanceof NameExpr name && (clientParameter(name)
                || depth > 0 && (initializer(name).filter(init -> clientKey(init, depth - 1)).isPresent()
                || loopedOver(name).filter(iterable -> clientKey(iterable, depth - 1)).isPresent()))
                || node instanceof MethodCallExpr call && REQUEST_VALUES.contains(call.getNameAsString())
                && call.getScope().isPresent()).isPresent();
    }

    private static boolean clientParameter(NameExpr name) {
        return Scopes.of(name).map(Scopes.Declaration::node).filter(Parameter.class::isInstance).map(Parameter.class::cast)
                .filter(parameter -> parameter.getAnnotations().stream()
                        .anyMatch(a -> CLIENT_VALUES.contains(a.getName().getIdentifier())))
                .isPresent();
    }

    /**
     * Whether a parameter is the entity of a JAX-RS request: a {@code Map} parameter, bound by
     * no JAX-RS annotation, of a method annotated {@code @POST}, {@code @PUT} or
     * {@code @PATCH}. Its keys are whatever JSON the client sent.
     */
    private static boolean requestEntity(Parameter parameter) {
        return parameter.getParentNode().orElse(null) instanceof MethodDeclaration method
                && method.getAnnotations().stream().anyMatch(a -> ENTITY_METHODS.contains(a.getName().getIdentifier()))
                && parameter.getType().isClassOrInterfaceType()
                && parameter.getType().asClassOrInterfaceType().getName().getIdentifier().endsWith("Map")
                && parameter.getAnnotations().stream().noneMatch(a -> JAX_RS_BINDINGS.contains(a.getName().getIdentifier()));
    }

    /** Whether the key was read from the map itself ({@code for (K k : map.keySet())}, an iterator over it). */
    private static boolean fromMap(Expression key, String map, int depth) {
        return key.findFirst(Node.class, node -> node instanceof NameExpr name && (name.getNameAsString().equals(map)
                || depth > 0 && (initializer(name).filter(init -> fromMap(init, map, depth - 1)).isPresent()
                || loopedOver(name).filter(iterable -> fromMap(iterable, map, depth - 1)).isPresent()))
                || node instanceof MethodCallExpr call && call.getArguments().isEmpty()
                && (call.getNameAsString() + "()").equals(map)).isPresent();
    }

    private static Optional<Expression> initializer(NameExpr name) {
        return Scopes.of(name).filter(found -> found.kind() != Scopes.Kind.FIELD && found.node() instanceof VariableDeclarator)
                .flatMap(found -> ((VariableDeclarator) found.node()).getInitializer());
    }

    /** The iterable of the for-each loop that declares the variable, if it is one. */
    private static Optional<Expression> loopedOver(NameExpr name) {
        return Scopes.of(name).map(Scopes.Declaration::node)
                .flatMap(node -> node.getParentNode()).flatMap(node -> node.getParentNode())
                .filter(node -> node instanceof ForEachStmt)
                .map(node -> ((ForEachStmt) node).getIterable());
    }

    /** Whether the key was read from the object it is looked up in: {@code props.getProperty(name)} over {@code props.propertyNames()}. */
    static boolean keyFromItself(MethodCallExpr lookup) {
        if (lookup.getScope().isEmpty() || lookup.getArguments().isEmpty()) {
            return false;
        }
        Optional<String> name = nameOf(NullnessFlow.unwrap(lookup.getScope().get()));
        return name.isPresent() && fromMap(lookup.getArgument(0), name.get(), DEPTH);
    }

    /** {@code request.getParameterMap()}, {@code System.getenv()}: what a client or the environment sent. */
    private static boolean external(Expression map) {
        return NullnessFlow.unwrap(map) instanceof MethodCallExpr source && EXTERNAL_MAPS.contains(source.getNameAsString())
                && source.getArguments().isEmpty();
    }

    /** The name a map goes by: {@code m}, {@code this.m}, or a getter {@code getM()} of this object. */
    private static Optional<String> nameOf(Expression map) {
        if (map instanceof NameExpr name) {
            return Optional.of(name.getNameAsString());
        }
        if (map instanceof FieldAccessExpr access && access.getScope().isThisExpr()) {
            return Optional.of(access.getNameAsString());
        }
        if (map instanceof MethodCallExpr getter && getter.getArguments().isEmpty()
                && (getter.getScope().isEmpty() || getter.getScope().get().isThisExpr())) {
            return Optional.of(getter.getNameAsString() + "()");
        }
        return Optional.empty();
    }
}
