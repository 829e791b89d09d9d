package dev.backlint.flow.nullness;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import dev.backlint.resolve.Body;
import dev.backlint.resolve.Scopes;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Whether a {@code map.get(key)} may find no entry, as the code itself tells. Most maps
 * hold every key they are asked for: a registry filled at start-up, a map grouped from the
 * very elements whose keys are looked up, an annotation's attributes. A lookup is taken as
 * possibly missing only when
 * <ul>
 * <li>the map holds request or environment data (a map of parameters, a JSON body bound
 * to a map);</li>
 * <li>the key is what a caller passed to a method that is not private (unless the map
 * comes from the caller too, and each call in the file is made under a
 * {@code containsKey} of that key, or the map is a table handed over whole and never
 * added to here);</li>
 * <li>the body puts a value under the same key after reading it, on a path the read can
 * reach (a counter, a cache);</li>
 * <li>or the code around the map (the class, for a field; the body, for a local or a
 * parameter) tests it for a missing key elsewhere: {@code containsKey},
 * {@code getOrDefault}, {@code computeIfPresent}, {@code remove}, or a {@code get} whose
 * result is compared with null. Filling it with {@code putIfAbsent} or
 * {@code computeIfAbsent} is no such test: it ensures the key rather than doubting it;
 * nor is a test that the method follows with a {@code put} of the same key.</li>
 * </ul>
 * Read from the syntax, once per map and scope.
 */
final class MapKeys {

    /** Calls that show a map may lack a key, or lose one. */
    private static final Set<String> ABSENCE = Set.of("containsKey", "getOrDefault", "computeIfPresent", "remove");
    /** Calls that return a map of what a client or the environment sent. */
    private static final Set<String> EXTERNAL_MAPS = Set.of("getParameterMap", "getenv");
    /** Annotations of handler parameters bound from the request. */
    private static final Set<String> REQUEST_BINDINGS = Set.of("RequestParam", "RequestHeader", "MatrixVariable",
            "QueryParam", "HeaderParam", "FormParam", "CookieValue", "RequestBody");
    /** JAX-RS methods whose one unannotated parameter is the request's entity. */
    private static final Set<String> ENTITY_METHODS = Set.of("POST", "PUT", "PATCH");
    /** JAX-RS annotations that bind a parameter to something other than the entity. */
    private static final Set<String> JAX_RS_BINDINGS = Set.of("PathParam", "QueryParam", "HeaderParam", "FormParam",
            "CookieValue", "MatrixParam", "CookieParam", "BeanParam", "Context", "Suspended");

    private final Map<Node, Map<String, Boolean>> known = new IdentityHashMap<>();

    /** Whether the {@code get} call may find no entry, on the evidence above. */
    boolean mayLackKeys(MethodCallExpr get) {
        Expression map = NullnessFlow.unwrap(get.getScope().get());
        if (external(map)) {
            return true;
        }
        Optional<String> name = nameOf(map);
        if (name.isEmpty() || fromMap(get.getArgument(0), name.get(), 3)) {
            return false; // for (String id : map.keySet()) map.get(id): a key the map gave
        }
        if (filledAtConstruction(get, name.get()) || pairedKey(get, name.get()) || byType(get.getArgument(0))
                || checkedInStep(get, name.get())) {
            return false;
        }
        if (callersCheckField(map, name.get(), get.getArgument(0)) && !putBack(get, name.get())) {
            return false; // each call of the helper is made under a containsKey of the key it passes
        }
        if (callerKey(get.getArgument(0), name.get()) && !callersCheck(map, get.getArgument(0)) && !receivedWhole(map, get)
                || putBack(get, name.get())
                || resultTested(get)) {
            return true;
        }
        Node scope = null;
        if (map instanceof NameExpr variable) {
            Optional<Scopes.Declaration> declaration = Scopes.of(variable);
            if (declaration.isEmpty()) {
                return false;
            }
            if (declaration.get().node() instanceof Parameter parameter && (parameter.getAnnotations().stream()
                    .anyMatch(a -> REQUEST_BINDINGS.contains(a.getName().getIdentifier())) || requestEntity(parameter))) {
                return true;
            }
            if (declaration.get().node() instanceof VariableDeclarator local && declaration.get().kind() != Scopes.Kind.FIELD
                    && local.getInitializer().filter(MapKeys::external).isPresent()) {
                return true; // Map<String, String[]> parameters = request.getParameterMap();
            }
            if (declaration.get().kind() != Scopes.Kind.FIELD) {
                scope = Body.enclosing(get).map(Body::node).orElse(null);
            }
        }
        if (scope == null) {
            scope = get.findAncestor(TypeDeclaration.class).map(Node.class::cast).orElse(null);
        }
        if (scope == null) {
            return false;
        }
        Node searched = scope;
        boolean field = scope instanceof TypeDeclaration;
        Optional<String> fixed = field || record(map) ? fixedKey(get.getArgument(0)) : Optional.empty();
        if (fixed.isEmpty()) {
            return known.computeIfAbsent(scope, k -> new HashMap<>())
                    .computeIfAbsent(name.get(), key -> testedForAbsence(searched, key, null));
        }
        // a map the class keeps, read with a fixed key: the class tests that key, or keys it computes
        String key = fixed.get();
        return known.computeIfAbsent(scope, k -> new HashMap<>())
                .computeIfAbsent(name.get() + "\u0000" + key, k -> testedForAbsence(searched, name.get(), key));
    }

    /**
     * Whether a local map holds a record read from another object: its initialiser is a
     * getter ({@code task.getInputData()}) or an element of a list ({@code fields.get(j)}).
     * The producer of the record decides its keys, and a test of one key that is optional
     * says nothing of the others: as for a field, only a test of the key read counts.
     */
    private static boolean record(Expression map) {
        if (!(map instanceof NameExpr variable)) {
            return false;
        }
        return Scopes.of(variable).filter(found -> found.kind() != Scopes.Kind.FIELD)
                .map(Scopes.Declaration::node).filter(VariableDeclarator.class::isInstance)
                .flatMap(local -> ((VariableDeclarator) local).getInitializer()).map(NullnessFlow::unwrap)
                .filter(init -> init instanceof MethodCallExpr call && call.getScope().isPresent() && !external(call)
                        && (call.getArguments().isEmpty() && call.getNameAsString().startsWith("get")
                        || call.getArguments().size() == 1 && call.getNameAsString().equals("get")))
                .isPresent();
    }

    /**
     * Whether the key is the class of a value ({@code handlers.get(action.getClass())}): a
     * map that dispatches by type holds a handler for each type the code registers, and a
     * type nobody registered is a mistake of the registration, not a key a caller may lack.
     */
    private static boolean byType(Expression key) {
        return NullnessFlow.unwrap(key) instanceof MethodCallExpr call && call.getNameAsString().equals("getClass")
                && call.getArguments().isEmpty();
    }

    /**
     * Whether a parameter is the entity of a JAX-RS request: a {@code Map} parameter, bound by
     * no JAX-RS annotation, of a method annotated {@code @POST}, {@code @PUT} or
     * {@code @PATCH}. Its keys are whatever JSON the client sent.
     */
    private static boolean requestEntity(Parameter parameter) {
        return parameter.getParentNode().orElse(null) instanceof com.github.javaparser.ast.body.MethodDeclaration method
                && method.getAnnotations().stream().anyMatch(a -> ENTITY_METHODS.contains(a.getName().getIdentifier()))
                && parameter.getType().isClassOrInterfaceType()
                && parameter.getType().asClassOrInterfaceType().getName().getIdentifier().endsWith("Map")
                && parameter.getAnnotations().stream().noneMatch(a -> JAX_RS_BINDINGS.contains(a.getName().getIdentifier()));
    }

    /** The text of a key that is a literal or a constant named in capitals. */
    private static Optional<String> fixedKey(Expression key) {
        Expression inner = NullnessFlow.unwrap(key);
        if (inner instanceof com.github.javaparser.ast.expr.StringLiteralExpr) {
            return Optional.of(inner.toString());
        }
        String name = inner instanceof NameExpr simple ? simple.getNameAsString()
                : inner instanceof FieldAccessExpr access ? access.getNameAsString() : null;
        return name != null && name.length() > 1 && name.equals(name.toUpperCase(java.util.Locale.ROOT))
                ? Optional.of(name) : Optional.empty();
    }

    /**
     * Whether the key is made from a parameter of the method around, as its caller passed
     * it ({@code id}, {@code order.customerId()}, {@code prefix + id}): a method of a named
     * class that is not private (a lookup by whatever key a caller brings). Not a parameter of a lambda or of a callback in an anonymous class, which
     * the code that owns the map calls with keys it knows.
     */
    private static boolean callerKey(Expression key, String map) {
        return !fromMap(key, map, 3) && callerKey(key, 3);
    }

    /** Calls that add entries to a map. */
    private static final Set<String> FILLING = Set.of("put", "putAll", "putIfAbsent", "compute", "computeIfAbsent",
            "computeIfPresent", "merge");

    /**
     * Whether the map is a table handed over whole from elsewhere and never added to here: a
     * field the container configures (injected, or set only by a JavaBean setter:
     * {@code setStores(Map stores)}), or a local taken from another
     * object's getter or a helper ({@code types.getFieldDefaults()}). Which keys such a table
     * holds is decided where it is configured, which is also where the keys its callers ask
     * for come from; a lookup in it by a caller's key is no sign of a missing one.
     */
    private static boolean receivedWhole(Expression map, MethodCallExpr get) {
        Optional<String> name = nameOf(map);
        if (name.isEmpty() || name.get().endsWith("()")) {
            return false;
        }
        Optional<Scopes.Declaration> declaration = map instanceof NameExpr variable ? Scopes.of(variable) : Optional.empty();
        Node owner;
        boolean handedOver;
        if (declaration.isPresent() && declaration.get().kind() != Scopes.Kind.FIELD) {
            if (!(declaration.get().node() instanceof VariableDeclarator local)) {
                return false;
            }
            owner = Body.enclosing(get).map(Body::node).orElse(null);
            handedOver = local.getInitializer().map(NullnessFlow::unwrap)
                    .filter(init -> init instanceof MethodCallExpr call && !call.getNameAsString().startsWith("new")).isPresent();
        } else {
            TypeDeclaration<?> type = get.findAncestor(TypeDeclaration.class).map(t -> (TypeDeclaration<?>) t).orElse(null);
            owner = type;
            handedOver = type != null && type.getFieldByName(name.get()).filter(field -> Checks.configured(field, type)).isPresent();
        }
        return handedOver && owner != null && owner.findFirst(MethodCallExpr.class, call -> FILLING.contains(call.getNameAsString())
                && call.getScope().isPresent() && nameOf(NullnessFlow.unwrap(call.getScope().get())).filter(name.get()::equals)
                .isPresent()).isEmpty();
    }

    /**
     * Whether a helper takes both the map and the key from its callers
     * ({@code csvToList(String key, Map<String, String> params)}) and every call of it in the
     * file is made under a {@code containsKey} of that map and key.
     */
    private static boolean callersCheck(Expression map, Expression key) {
        if (!(map instanceof NameExpr mapName) || !(NullnessFlow.unwrap(key) instanceof NameExpr keyName)) {
            return false;
        }
        Optional<Parameter> mapParameter = Scopes.of(mapName).map(Scopes.Declaration::node)
                .filter(Parameter.class::isInstance).map(Parameter.class::cast);
        Optional<Parameter> keyParameter = Scopes.of(keyName).map(Scopes.Declaration::node)
                .filter(Parameter.class::isInstance).map(Parameter.class::cast);
        if (mapParameter.isEmpty() || keyParameter.isEmpty() || !(mapParameter.get().getParentNode().orElse(null)
                instanceof com.github.javaparser.ast.body.MethodDeclaration helper)
                || keyParameter.get().getParentNode().orElse(null) != helper) {
            return false;
        }
        int mapIndex = helper.getParameters().indexOf(mapParameter.get());
        int keyIndex = helper.getParameters().indexOf(keyParameter.get());
        java.util.List<MethodCallExpr> calls = callsInFile(helper);
        return !calls.isEmpty() && calls.stream().allMatch(call -> checkedBefore(call,
                call.getArgument(mapIndex).toString(), call.getArgument(keyIndex).toString()));
    }

    /** The calls in the helper's file by its name and number of parameters. */
    private static java.util.List<MethodCallExpr> callsInFile(com.github.javaparser.ast.body.MethodDeclaration helper) {
        return helper.findCompilationUnit().map(file -> file.findAll(MethodCallExpr.class, call -> call.getNameAsString()
                .equals(helper.getNameAsString()) && call.getArguments().size() == helper.getParameters().size()))
                .orElse(java.util.List.of());
    }

    /**
     * Whether a helper reads a field map by a key its callers pass, and every call of it in
     * the file is made under a {@code containsKey} of that map and the key passed
     * ({@code if (patterns.containsKey(name)) compile(name);} with {@code compile} reading
     * {@code patterns.get(name)}).
     */
    private static boolean callersCheckField(Expression map, String name, Expression key) {
        if (!(NullnessFlow.unwrap(key) instanceof NameExpr keyName) || map instanceof NameExpr variable
                && Scopes.of(variable).filter(found -> found.kind() == Scopes.Kind.FIELD).isEmpty()) {
            return false;
        }
        Optional<Parameter> keyParameter = Scopes.of(keyName).map(Scopes.Declaration::node)
                .filter(Parameter.class::isInstance).map(Parameter.class::cast);
        if (keyParameter.isEmpty() || !(keyParameter.get().getParentNode().orElse(null)
                instanceof com.github.javaparser.ast.body.MethodDeclaration helper)) {
            return false;
        }
        int keyIndex = helper.getParameters().indexOf(keyParameter.get());
        java.util.List<MethodCallExpr> calls = callsInFile(helper);
        return !calls.isEmpty() && calls.stream().allMatch(call -> checkedBefore(call, name,
                call.getArgument(keyIndex).toString()) || checkedBefore(call, "this." + name, call.getArgument(keyIndex).toString()));
    }

    /** Whether the call runs in the then-part of an {@code if} that tests {@code map.containsKey(key)}. */
    private static boolean checkedBefore(Node call, String map, String key) {
        Node child = call;
        for (Node parent = call.getParentNode().orElse(null); parent != null;
                child = parent, parent = parent.getParentNode().orElse(null)) {
            if (parent instanceof com.github.javaparser.ast.stmt.IfStmt ifStmt && ifStmt.getThenStmt() == child
                    && ifStmt.getCondition().findFirst(MethodCallExpr.class, test -> test.getNameAsString()
                    .equals("containsKey") && test.getArguments().size() == 1
                    && test.getScope().filter(scope -> scope.toString().equals(map)).isPresent()
                    && test.getArgument(0).toString().equals(key)).isPresent()) {
                return true;
            }
        }
        return false;
    }

    /** Through the initialisers of locals, {@code depth} deep: {@code String id = request.getParameter("id")}. */
    private static boolean callerKey(Expression key, int depth) {
        return key.findFirst(NameExpr.class, name -> callerParameter(name) || depth > 0 && initializer(name)
                .filter(init -> callerKey(init, depth - 1)).isPresent()).isPresent();
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
                .filter(node -> node instanceof com.github.javaparser.ast.stmt.ForEachStmt)
                .map(node -> ((com.github.javaparser.ast.stmt.ForEachStmt) node).getIterable());
    }

    private static boolean callerParameter(NameExpr name) {
        Optional<Scopes.Declaration> declaration = Scopes.of(name);
        if (declaration.isEmpty() || !(declaration.get().node() instanceof Parameter parameter)
                || !(parameter.getParentNode().orElse(null) instanceof com.github.javaparser.ast.body.CallableDeclaration<?> callable)
                || callable.isPrivate()) {
            return false;
        }
        if (callable.getAnnotationByName("Override").isPresent()
                && !parameter.getType().asString().matches(".*(ServletRequest|ServerHttpRequest|ServerWebExchange)")) {
            return false; // an override is called back by the code that owns the map, with its own keys; a request is not
        }
        Node owner = callable.getParentNode().orElse(null);
        return owner instanceof TypeDeclaration<?> type && !(type.isClassOrInterfaceDeclaration()
                && type.asClassOrInterfaceDeclaration().isLocalClassDeclaration())
                && parameter.findAncestor(com.github.javaparser.ast.expr.ObjectCreationExpr.class).isEmpty();
    }

    /**
     * Whether the body puts a value back under the same key after reading it (a counter or
     * a cache filled on first use): then the first read finds nothing.
     */
    private static boolean putBack(MethodCallExpr get, String map) {
        String key = NullnessFlow.unwrap(get.getArgument(0)).toString();
        Optional<Node> body = Body.enclosing(get).map(Body::node);
        return body.isPresent() && body.get().findFirst(MethodCallExpr.class, call -> call != get
                && call.getNameAsString().equals("put") && call.getArguments().size() == 2 && call.getScope().isPresent()
                && nameOf(NullnessFlow.unwrap(call.getScope().get())).filter(map::equals).isPresent()
                && NullnessFlow.unwrap(call.getArgument(0)).toString().equals(key)
                && !rewrite(call, map, key)
                && (call.isAncestorOf(get) || call.getBegin().isPresent() && get.getBegin().isPresent()
                && call.getBegin().get().isAfter(get.getBegin().get()) && reaches(get, call))).isPresent();
    }

    /**
     * Whether a {@code put} rewrites an entry that exists: it runs only where an {@code if}
     * around it called a method on the value read under the same key
     * ({@code if (stats.get("replicas").contains("@")) stats.put("replicas", scrub(..))}),
     * which a missing entry never gets past.
     */
    private static boolean rewrite(MethodCallExpr put, String map, String key) {
        for (Node child = put, parent = put.getParentNode().orElse(null); parent != null && !(parent instanceof
                com.github.javaparser.ast.body.CallableDeclaration); child = parent, parent = parent.getParentNode().orElse(null)) {
            if (parent instanceof com.github.javaparser.ast.stmt.IfStmt test && test.getThenStmt() == child
                    && test.getCondition().findFirst(MethodCallExpr.class, read -> read.getNameAsString().equals("get")
                    && read.getArguments().size() == 1 && read.getScope().isPresent()
                    && nameOf(NullnessFlow.unwrap(read.getScope().get())).filter(map::equals).isPresent()
                    && NullnessFlow.unwrap(read.getArgument(0)).toString().equals(key)
                    && NullnessFlow.dereferencer(read) != null).isPresent()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether control may go on from {@code from} to the later {@code to}: not when a block
     * around {@code from} that does not hold {@code to} ends in a {@code throw} or
     * {@code return} ({@code if (duplicate) { msg.append(map.get(k)); throw … } map.put(k, v)}).
     */
    private static boolean reaches(Node from, Node to) {
        for (Node node = from.getParentNode().orElse(null); node != null; node = node.getParentNode().orElse(null)) {
            if (node.isAncestorOf(to)) {
                return true;
            }
            if (node instanceof com.github.javaparser.ast.stmt.BlockStmt block && !block.getStatements().isEmpty()) {
                com.github.javaparser.ast.stmt.Statement last = block.getStatements().getLast().get();
                if (last.isThrowStmt() || last.isReturnStmt()) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * Whether a constructor of the class puts the fixed key into the map field and nothing
     * removes it or clears the map ({@code attributes.put("scripts", new LinkedList<>())}).
     */
    private static boolean filledAtConstruction(MethodCallExpr get, String map) {
        Optional<String> fixed = fixedKey(get.getArgument(0));
        Optional<TypeDeclaration> type = get.findAncestor(TypeDeclaration.class);
        if (fixed.isEmpty() || type.isEmpty()) {
            return false;
        }
        String text = NullnessFlow.unwrap(get.getArgument(0)).toString();
        java.util.function.Predicate<MethodCallExpr> onMap = call -> call.getScope().isPresent()
                && nameOf(NullnessFlow.unwrap(call.getScope().get())).filter(map::equals).isPresent();
        boolean put = ((TypeDeclaration<?>) type.get()).getConstructors().stream().anyMatch(constructor -> constructor
                .findFirst(MethodCallExpr.class, call -> onMap.test(call) && call.getNameAsString().equals("put")
                        && call.getArguments().size() == 2 && call.getArgument(0).toString().equals(text)).isPresent());
        return put && type.get().findFirst(MethodCallExpr.class, call -> onMap.test(call)
                && (call.getNameAsString().equals("clear") || call.getNameAsString().equals("remove")
                && !call.getArguments().isEmpty() && call.getArgument(0).toString().equals(text))).isEmpty();
    }

    /**
     * Whether the key is an element of another collection of the class that is kept in step
     * with the map: {@code for (String name : perfList) trMap.get(name)}, where a method adds
     * the same key to both ({@code trMap.put(name, …); perfList.add(name);}) and whatever
     * removes it from the map removes it from the list too.
     */
    private static boolean pairedKey(MethodCallExpr get, String map) {
        if (!(NullnessFlow.unwrap(get.getArgument(0)) instanceof NameExpr key)) {
            return false;
        }
        Optional<String> list = loopedOver(key).map(NullnessFlow::unwrap).flatMap(MapKeys::nameOf);
        Optional<TypeDeclaration> type = get.findAncestor(TypeDeclaration.class);
        if (list.isEmpty() || list.get().equals(map) || type.isEmpty()) {
            return false;
        }
        java.util.List<com.github.javaparser.ast.body.MethodDeclaration> methods = ((TypeDeclaration<?>) type.get()).getMethods();
        boolean together = methods.stream().anyMatch(method -> calls(method, list.get(), Set.of("add", "addLast", "offer"))
                .anyMatch(added -> calls(method, map, Set.of("put")).anyMatch(put -> put.getArgument(0).toString()
                        .equals(added.getArgument(0).toString()))));
        boolean removedApart = methods.stream().anyMatch(method -> calls(method, map, Set.of("remove")).findAny().isPresent()
                && calls(method, list.get(), Set.of("remove")).findAny().isEmpty());
        return together && !removedApart;
    }

    /**
     * Whether the key was checked with {@code containsKey} on another map of the class that a
     * method fills together with this one ({@code connectors.put(uri, c); references.put(uri, 1);}),
     * in a test that dominates the read: {@code if (!connectors.containsKey(uri)) return;} before
     * {@code references.get(uri)}, or the read inside {@code if (connectors.containsKey(uri))}.
     */
    private static boolean checkedInStep(MethodCallExpr get, String map) {
        String key = NullnessFlow.unwrap(get.getArgument(0)).toString();
        Optional<TypeDeclaration> type = get.findAncestor(TypeDeclaration.class);
        if (type.isEmpty()) {
            return false;
        }
        java.util.function.Predicate<Node> tests = condition -> condition.findFirst(MethodCallExpr.class, test ->
                test.getNameAsString().equals("containsKey") && test.getArguments().size() == 1
                && NullnessFlow.unwrap(test.getArgument(0)).toString().equals(key) && test.getScope().isPresent()
                && nameOf(NullnessFlow.unwrap(test.getScope().get())).filter(other -> !other.equals(map)
                && filledTogether((TypeDeclaration<?>) type.get(), map, other)).isPresent()).isPresent();
        for (Node child = get, parent = get.getParentNode().orElse(null); parent != null
                && !(parent instanceof com.github.javaparser.ast.body.CallableDeclaration);
                child = parent, parent = parent.getParentNode().orElse(null)) {
            if (parent instanceof com.github.javaparser.ast.stmt.IfStmt test && test.getThenStmt() == child
                    && tests.test(test.getCondition())) {
                return true;
            }
            if (parent instanceof com.github.javaparser.ast.stmt.BlockStmt block) {
                for (com.github.javaparser.ast.stmt.Statement earlier : block.getStatements()) {
                    if (earlier == child) {
                        break;
                    }
                    if (earlier instanceof com.github.javaparser.ast.stmt.IfStmt exit && exit.getElseStmt().isEmpty()
                            && NullnessFlow.unwrap(exit.getCondition()) instanceof com.github.javaparser.ast.expr.UnaryExpr not
                            && not.getOperator() == com.github.javaparser.ast.expr.UnaryExpr.Operator.LOGICAL_COMPLEMENT
                            && tests.test(not.getExpression()) && Guarded.leaves(exit.getThenStmt())) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** Whether a method of the class puts into both maps. */
    private static boolean filledTogether(TypeDeclaration<?> type, String map, String other) {
        return type.getMethods().stream().anyMatch(method -> calls(method, map, Set.of("put", "putIfAbsent")).findAny().isPresent()
                && calls(method, other, Set.of("put", "putIfAbsent")).findAny().isPresent());
    }

    /** The calls named so, with an argument, on the collection of that name in the method. */
    private static java.util.stream.Stream<MethodCallExpr> calls(com.github.javaparser.ast.body.MethodDeclaration method,
                                                                 String collection, Set<String> names) {
        return method.findAll(MethodCallExpr.class, call -> names.contains(call.getNameAsString())
                && !call.getArguments().isEmpty() && call.getScope().isPresent()
                && nameOf(NullnessFlow.unwrap(call.getScope().get())).filter(collection::equals).isPresent()).stream();
    }

    /** Whether the key was read from the object it is looked up in: {@code props.getProperty(name)} over {@code props.propertyNames()}. */
    static boolean keyFromItself(MethodCallExpr lookup) {
        if (lookup.getScope().isEmpty() || lookup.getArguments().isEmpty()) {
            return false;
        }
        Optional<String> name = nameOf(NullnessFlow.unwrap(lookup.getScope().get()));
        return name.isPresent() && fromMap(lookup.getArgument(0), name.get(), 3);
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

    /** @param key for a fixed key, only the tests of that key or of keys computed at run time count */
    private static boolean testedForAbsence(Node scope, String name, String key) {
        return scope.findFirst(MethodCallExpr.class, call -> call.getScope().isPresent()
                && nameOf(NullnessFlow.unwrap(call.getScope().get())).filter(name::equals).isPresent()
                && (ABSENCE.contains(call.getNameAsString()) && !removesForNull(call) && !ensures(call)
                || call.getNameAsString().equals("get") && call.getArguments().size() == 1 && resultTested(call)
                && !ensures(call))
                && (key == null || call.getArguments().isEmpty()
                || fixedKey(call.getArgument(0)).map(key::equals).orElse(true)))
                .isPresent();
    }

    /**
     * Whether a test for the key is the first half of making sure of it: the method puts a
     * value under the same key later ({@code if (m.containsKey(k)) v = m.get(k); else v = new
     * ..; m.put(k, v);}, or a {@code get} compared with null and then a {@code put}). That is
     * {@code computeIfAbsent} spelled out, and says no more of other reads than it does.
     */
    private static boolean ensures(MethodCallExpr test) {
        if ((!test.getNameAsString().equals("containsKey") && !test.getNameAsString().equals("get"))
                || test.getArguments().size() != 1 || test.getBegin().isEmpty()) {
            return false;
        }
        String map = NullnessFlow.unwrap(test.getScope().get()).toString();
        String key = NullnessFlow.unwrap(test.getArgument(0)).toString();
        Optional<Node> body = Body.enclosing(test).map(Body::node);
        return body.isPresent() && body.get().findFirst(MethodCallExpr.class, put -> put.getNameAsString().equals("put")
                && put.getArguments().size() == 2 && put.getScope().isPresent() && put.getBegin().isPresent()
                && put.getBegin().get().isAfter(test.getBegin().get())
                && NullnessFlow.unwrap(put.getScope().get()).toString().equals(map)
                && NullnessFlow.unwrap(put.getArgument(0)).toString().equals(key)).isPresent();
    }

    /**
     * Whether a {@code remove(key)} is how a setter stores null: an {@code if} that removes
     * the key on one branch and puts it on the other ({@code if (value == null)
     * attributes.remove(name); else attributes.put(name, value);}). A later read that finds
     * nothing then finds what a {@code put} of null would have left, and the removal says no
     * more about missing keys than the setter's callers do.
     */
    private static boolean removesForNull(MethodCallExpr remove) {
        if (!remove.getNameAsString().equals("remove") || remove.getArguments().size() != 1) {
            return false;
        }
        Node child = remove.getParentNode().orElse(null);
        Node parent = child == null ? null : child.getParentNode().orElse(null);
        if (parent instanceof com.github.javaparser.ast.stmt.BlockStmt block && block.getStatements().size() == 1) {
            child = parent;
            parent = parent.getParentNode().orElse(null);
        }
        if (!(parent instanceof com.github.javaparser.ast.stmt.IfStmt ifStmt) || ifStmt.getElseStmt().isEmpty()) {
            return false;
        }
        Node other = ifStmt.getThenStmt() == child ? ifStmt.getElseStmt().get() : ifStmt.getThenStmt();
        String map = remove.getScope().get().toString();
        String key = remove.getArgument(0).toString();
        return other.findFirst(MethodCallExpr.class, put -> put.getNameAsString().equals("put")
                && put.getArguments().size() == 2 && put.getScope().filter(scope -> scope.toString().equals(map)).isPresent()
                && put.getArgument(0).toString().equals(key)).isPresent();
    }

    /** Whether the result of a {@code get} is compared with null, directly or through the variable it is kept in. */
    private static boolean resultTested(MethodCallExpr get) {
        Node parent = get.getParentNode().orElse(null);
        while (parent instanceof Expression expression && (expression.isEnclosedExpr() || expression.isCastExpr())) {
            parent = parent.getParentNode().orElse(null);
        }
        if (parent instanceof BinaryExpr binary) {
            return Checks.comparedWithNull(binary).isPresent();
        }
        if (parent instanceof MethodCallExpr call && call.getNameAsString().equals("ofNullable")) {
            return true;
        }
        String variable = parent instanceof VariableDeclarator declarator ? declarator.getNameAsString()
                : parent instanceof AssignExpr assign && assign.getTarget() instanceof NameExpr target
                ? target.getNameAsString() : null;
        if (variable == null) {
            return false;
        }
        Optional<Node> body = Body.enclosing(get).map(Body::node);
        return body.isPresent() && body.get().findFirst(BinaryExpr.class, binary -> Checks.comparedWithNull(binary)
                .filter(checked -> Checks.isName(checked, variable)).isPresent()).isPresent();
    }
}
