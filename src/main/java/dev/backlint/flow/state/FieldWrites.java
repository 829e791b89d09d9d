package dev.backlint.flow.state;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.DataKey;
import com.github.javaparser.ast.Modifier;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.InitializerDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.ArrayAccessExpr;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import com.github.javaparser.ast.expr.UnaryExpr;
import com.github.javaparser.ast.type.Type;
import dev.backlint.api.Trees;
import dev.backlint.models.SharedState;
import dev.backlint.resolve.Expressions;
import dev.backlint.resolve.Scopes;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The writes and changes of the fields a file declares, made outside their set-up:
 * assignments, {@code ++}/{@code --}, element writes of arrays, and calls that change a
 * mutable value ({@code put}, {@code add}, {@code append}, {@code setTime}, {@code format}
 * of a {@code SimpleDateFormat}), on the field or on a local that holds it, each with the
 * monitor the code holds there. For a static field the set-up is static initialisation: a
 * static block, a static field's initialiser (lambdas and anonymous classes in it
 * included), a private method called from those alone, and {@code main}, which runs
 * before any other thread. For an instance field it is the object's set-up (see
 * {@link InstanceInitialisation}).
 */
public final class FieldWrites {

    /** How a field is touched. */
    public enum Touch { ASSIGNED, CHANGED, USED }

    /**
     * One place that touches a static field outside static initialisation.
     *
     * @param monitor what the code holds there: the expression of a {@code synchronized}
     *                block, the class or {@code this} for a synchronized method; empty if none
     */
    public record Site(Node node, Touch touch, String method, Optional<String> monitor) {
    }

    /** What the code around {@code node} is synchronized on, within its method. */
    public static Optional<String> monitorOf(Node node) {
        Node child = node;
        for (Node current = node.getParentNode().orElse(null); current != null;
                child = current, current = current.getParentNode().orElse(null)) {
            if (current instanceof com.github.javaparser.ast.stmt.BlockStmt block
                    && child instanceof com.github.javaparser.ast.stmt.Statement statement) {
                Optional<String> lock = heldLock(block, statement);
                if (lock.isPresent()) {
                    return lock;
                }
            }
            if (current instanceof com.github.javaparser.ast.stmt.SynchronizedStmt block) {
                return Optional.of(Expressions.text(block.getExpression()));
            }
            if (current instanceof MethodDeclaration method) {
                if (!method.isSynchronized()) {
                    return Optional.empty();
                }
                return Optional.of(method.isStatic() ? method.findAncestor(TypeDeclaration.class)
                        .map(t -> ((TypeDeclaration<?>) t).getNameAsString() + ".class").orElse("class") : "this");
            }
            if (current instanceof com.github.javaparser.ast.expr.LambdaExpr lambda && !runsNow(lambda)
                    || current instanceof CallableDeclaration<?>) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** Whether a lambda runs within the call it is given to ({@code list.forEach(x -> …)}), on the caller's thread. */
    public static boolean runsNow(com.github.javaparser.ast.expr.LambdaExpr lambda) {
        return lambda.getParentNode().filter(parent -> parent instanceof MethodCallExpr call
                && call.getArguments().stream().anyMatch(argument -> argument == lambda)
                && SharedState.RUN_NOW.contains(call.getNameAsString())).isPresent();
    }

    private FieldWrites() {
    }

    /** The sites of the static field {@code field} declares, in source order. */
    public static List<Site> sites(VariableDeclarator field) {
        CompilationUnit unit = field.findCompilationUnit().orElse(null);
        if (unit == null) {
            return List.of();
        }
        boolean statics = isStatic(field);
        DataKey<Map<VariableDeclarator, List<Site>>> key = statics ? SITES : INSTANCE_SITES;
        if (!unit.containsData(key)) {
            unit.setData(key, collect(unit, statics));
        }
        return unit.getData(key).getOrDefault(field, List.of());
    }

    private static final DataKey<Map<VariableDeclarator, List<Site>>> SITES = new DataKey<>() {
    };

    private static final DataKey<Map<VariableDeclarator, List<Site>>> INSTANCE_SITES = new DataKey<>() {
    };

    /** Whether a declarator declares a field (not a local). */
    public static boolean isField(VariableDeclarator declarator) {
        return declarator.getParentNode().filter(FieldDeclaration.class::isInstance).isPresent();
    }

    /**
     * The lock a statement of a block runs under: an earlier statement of the block took it
     * ({@code lock.lock();}) and none between released it.
     */
    private static Optional<String> heldLock(com.github.javaparser.ast.stmt.BlockStmt block,
            com.github.javaparser.ast.stmt.Statement statement) {
        String held = null;
        for (com.github.javaparser.ast.stmt.Statement each : block.getStatements()) {
            if (each == statement) {
                return Optional.ofNullable(held).map(lock -> "lock " + lock);
            }
            if (each instanceof com.github.javaparser.ast.stmt.ExpressionStmt expression
                    && expression.getExpression() instanceof MethodCallExpr call && call.getScope().isPresent()
                    && (call.getNameAsString().equals("lock") || call.getNameAsString().equals("lockInterruptibly"))) {
                held = Expressions.text(call.getScope().get());
            } else if (held != null) {
                String lock = held;
                boolean releases = !each.findAll(MethodCallExpr.class, call -> call.getNameAsString().equals("unlock")
                        && call.getScope().filter(scope -> Expressions.text(scope).equals(lock)).isPresent()).isEmpty();
                if (releases) {
                    held = null; // released by the end of this statement (its finally, say)
                }
            }
        }
        return Optional.empty();
    }

    /** Whether every site holds the same monitor: the writes are serialised. */
    private static boolean guardedByOneMonitor(List<Site> sites) {
        return sites.stream().allMatch(site -> site.monitor().isPresent())
                && sites.stream().map(site -> site.monitor().get()).distinct().count() == 1;
    }

    /** {@code flag = true}, {@code state = State.DONE}, {@code cached = null}: a constant assigned. */
    private static boolean assignsConstant(Site site) {
        if (!(site.node() instanceof AssignExpr assign) || assign.getOperator() != AssignExpr.Operator.ASSIGN) {
            return false;
        }
        Expression value = assign.getValue();
        return value.isLiteralExpr() || value.isFieldAccessExpr() && value.asFieldAccessExpr().getScope().isNameExpr()
                && Character.isUpperCase(value.asFieldAccessExpr().getNameAsString().charAt(0));
    }

    /** Whether a field is declared {@code final}. */
    public static boolean isFinal(VariableDeclarator field) {
        return field.getParentNode().filter(FieldDeclaration.class::isInstance).map(FieldDeclaration.class::cast)
                .map(FieldDeclaration::isFinal).orElse(false);
    }

    /**
     * What one pass over a file finds for both kinds of field: its fields, the locals that
     * alias a field by name, and every write, update and call that may touch one. The same
     * pass notes, for each class, the names its code assigns a new mutable value to.
     */
    private record FileScan(List<VariableDeclarator> fields, Map<String, List<String>> aliases, List<Node> candidates) {
    }

    private static final DataKey<FileScan> FILE_SCAN = new DataKey<>() {
    };

    private static FileScan scan(CompilationUnit unit) {
        if (unit.containsData(FILE_SCAN)) {
            return unit.getData(FILE_SCAN);
        }
        List<VariableDeclarator> fields = new ArrayList<>();
        Map<String, List<String>> aliases = new java.util.HashMap<>();
        List<Node> candidates = new ArrayList<>();
        Map<TypeDeclaration<?>, Set<String>> givenMutable = new IdentityHashMap<>();
        Trees.walk(unit, node -> {
            if (node instanceof TypeDeclaration<?> type) {
                givenMutable.putIfAbsent(type, new java.util.HashSet<>());
            } else if (node instanceof VariableDeclarator v) {
                if (isField(v)) {
                    fields.add(v);
                } else {
                    v.getInitializer().map(FieldWrites::unwrap).ifPresent(init -> {
                        String aliased = init instanceof NameExpr n ? n.getNameAsString()
                                : init instanceof FieldAccessExpr f ? f.getNameAsString() : null;
                        if (aliased != null) {
                            aliases.computeIfAbsent(aliased, k -> new ArrayList<>()).add(v.getNameAsString());
                        }
                    });
                }
            } else if (node instanceof AssignExpr || node instanceof UnaryExpr
                    || node instanceof MethodCallExpr call && call.getScope().isPresent()) {
                candidates.add(node);
                if (node instanceof AssignExpr assign && makesMutable(assign.getValue())) {
                    String target = assign.getTarget() instanceof NameExpr name ? name.getNameAsString()
                            : assign.getTarget() instanceof FieldAccessExpr access && access.getScope() instanceof ThisExpr
                            ? access.getNameAsString() : null;
                    // every class around the assignment counts it, as a search of each class would
                    for (Node around = assign.getParentNode().orElse(null); target != null && around != null;
                            around = around.getParentNode().orElse(null)) {
                        if (around instanceof TypeDeclaration<?> type) {
                            givenMutable.computeIfAbsent(type, k -> new java.util.HashSet<>()).add(target);
                        }
                    }
                }
            }
        });
        givenMutable.forEach((type, names) -> type.setData(GIVEN_MUTABLE, Set.copyOf(names)));
        FileScan scan = new FileScan(List.copyOf(fields), aliases, candidates);
        unit.setData(FILE_SCAN, scan);
        return scan;
    }

    private static Map<VariableDeclarator, List<Site>> collect(CompilationUnit unit, boolean statics) {
        Map<VariableDeclarator, List<Site>> sites = new IdentityHashMap<>();
        FileScan scan = scan(unit);
        Set<String> names = new java.util.HashSet<>();
        for (VariableDeclarator v : scan.fields()) {
            if (isStatic(v) == statics && mayBeShared(v)) {
                names.add(v.getNameAsString());
            }
        }
        Map<String, List<String>> aliases = scan.aliases();
        List<Node> candidates = scan.candidates();
        if (names.isEmpty()) {
            return sites;
        }
        for (String field : List.copyOf(names)) {
            names.addAll(aliases.getOrDefault(field, List.of()));
        }
        List<Node> touching = new ArrayList<>();
        for (Node node : candidates) {
            if (touchesOneOf(node, names)) {
                touching.add(node);
            }
        }
        if (touching.isEmpty()) {
            return sites;
        }
        Set<Node> initialisers = statics ? initialisation(unit) : InstanceInitialisation.of(unit);
        for (Node node : touching) {
            Optional<Site> site = Optional.empty();
            VariableDeclarator field = null;
            if (node instanceof AssignExpr assign) {
                Expression target = unwrap(assign.getTarget());
                if (target instanceof ArrayAccessExpr element) {
                    field = fieldOrAlias(unwrap(element.getName()), statics);
                    site = Optional.of(new Site(assign, Touch.CHANGED, "", Optional.empty()));
                } else {
                    field = fieldOf(target, statics);
                    site = Optional.of(new Site(assign, Touch.ASSIGNED, "", Optional.empty()));
                }
            } else if (node instanceof UnaryExpr unary && unary.getOperator() != UnaryExpr.Operator.LOGICAL_COMPLEMENT
                    && unary.getOperator() != UnaryExpr.Operator.MINUS && unary.getOperator() != UnaryExpr.Operator.PLUS
                    && unary.getOperator() != UnaryExpr.Operator.BITWISE_COMPLEMENT) {
                Expression target = unwrap(unary.getExpression());
                if (target instanceof ArrayAccessExpr element) {
                    field = fieldOrAlias(unwrap(element.getName()), statics);
                    site = Optional.of(new Site(unary, Touch.CHANGED, "", Optional.empty()));
                } else {
                    field = fieldOf(target, statics);
                    site = Optional.of(new Site(unary, Touch.ASSIGNED, "", Optional.empty()));
                }
            } else if (node instanceof MethodCallExpr call && call.getScope().isPresent()) {
                Optional<Expression> through = changedThrough(call);
                field = fieldOrAlias(unwrap(through.orElse(call.getScope().get())), statics);
                if (field != null) {
                    Touch touch = through.isPresent() || SharedState.MUTATORS.contains(call.getNameAsString())
                            ? Touch.CHANGED : Touch.USED;
                    site = Optional.of(new Site(call, touch, "", Optional.empty()));
                }
            }
            if (field != null && site.isPresent() && !within(node, initialisers)) {
                String method = node.findAncestor(CallableDeclaration.class).map(c -> ((CallableDeclaration<?>) c)
                        .getNameAsString()).orElse("");
                sites.computeIfAbsent(field, key -> new ArrayList<>())
                        .add(new Site(site.get().node(), site.get().touch(), method, monitorOf(node)));
            }
        }
        return sites;
    }

    /**
     * Whether a static field may hold state that threads share: not {@code final}, or of a
     * mutable type (an array, a collection, a builder, a date, a format). Loggers and the
     * thread-safe types are left out.
     */
    public static boolean mayBeShared(VariableDeclarator field) {
        if (isLogger(field) || isSafe(field) && isFinal(field)) {
            return false;
        }
        return !isFinal(field) || isMutable(field);
    }

    /**
     * The sites that share state: assignments of a non-final field (not a {@code volatile}
     * flag given constants), changes of a mutable value, uses of a format; empty when every
     * one of them holds the same monitor.
     */
    public static List<Site> sharing(VariableDeclarator field, List<Site> sites) {
        boolean mutable = !isSafe(field) && isMutable(field);
        boolean format = isFormat(field);
        boolean writable = !isFinal(field);
        boolean flag = field.getParentNode().filter(FieldDeclaration.class::isInstance)
                .map(declaration -> ((FieldDeclaration) declaration).isVolatile()).orElse(false);
        List<Site> counted = sites.stream().filter(site -> switch (site.touch()) {
            case ASSIGNED -> writable && !(flag && assignsConstant(site));
            case CHANGED -> mutable;
            case USED -> format;
        }).toList();
        return guardedByOneMonitor(counted) ? List.of() : counted;
    }

    /** How a site touches its field, as a message says it: {@code is written in `place()`}. */
    public static String describe(Site site) {
        String how = switch (site.touch()) {
            case ASSIGNED -> "is written";
            case CHANGED -> "is changed";
            case USED -> "is used";
        };
        return how + (site.method().isEmpty() ? "" : " in `" + site.method() + "()`");
    }

    /** Whether the field holds a format ({@code SimpleDateFormat} and the like), which its use changes. */
    public static boolean isFormat(VariableDeclarator field) {
        return SharedState.FORMATS.contains(simpleName(field.getType()));
    }

    private static boolean isLogger(VariableDeclarator field) {
        String type = simpleName(field.getType());
        return type.equals("Logger") || type.equals("Log") || type.endsWith("Logger")
                || field.getInitializer().filter(init -> init instanceof MethodCallExpr call
                        && (call.getNameAsString().equals("getLogger") || call.getNameAsString().equals("getLog")))
                        .isPresent();
    }

    /** A thread-safe or immutable type, as declared or as its initialiser makes it: {@code new ConcurrentHashMap<>()}, {@code List.of(..)}. */
    private static boolean isSafe(VariableDeclarator field) {
        String simple = simpleName(field.getType());
        if (SharedState.SAFE_PREFIXES.stream().anyMatch(simple::startsWith)) {
            return true;
        }
        Expression initialiser = field.getInitializer().map(FieldWrites::unwrap).orElse(null);
        if (initialiser instanceof ObjectCreationExpr creation) {
            String name = creation.getType().getNameAsString();
            return SharedState.SAFE_PREFIXES.stream().anyMatch(name::startsWith);
        }
        return initialiser instanceof MethodCallExpr call && (SharedState.IMMUTABLE_FACTORIES.contains(call.getNameAsString())
                || call.getNameAsString().startsWith("newConcurrent") || call.getNameAsString().equals("newKeySet"));
    }

    /** A mutable type, as declared, as its initialiser makes it, or as its set-up assigns it. */
    private static boolean isMutable(VariableDeclarator field) {
        return field.getType().isArrayType() || SharedState.MUTABLE_TYPES.contains(simpleName(field.getType()))
                || field.getInitializer().map(FieldWrites::makesMutable).orElse(false)
                || field.getInitializer().isEmpty() && givenMutable(field);
    }

    /** A blank final given a mutable value where it is set up: {@code this.seats = new ArrayList<>(..)}. */
    private static boolean givenMutable(VariableDeclarator field) {
        Optional<TypeDeclaration> type = field.findAncestor(TypeDeclaration.class);
        if (type.isEmpty()) {
            return false;
        }
        if (!type.get().containsData(GIVEN_MUTABLE)) {
            field.findCompilationUnit().ifPresent(FieldWrites::scan);
        }
        return type.get().containsData(GIVEN_MUTABLE)
                && ((Set<?>) type.get().getData(GIVEN_MUTABLE)).contains(field.getNameAsString());
    }

    /** Per class: the names its code assigns a new mutable value to. */
    private static final DataKey<Set<String>> GIVEN_MUTABLE = new DataKey<>() {
    };

    /** Whether a write, an update or a call names one of {@code names} as its target or receiver. */
    private static boolean touchesOneOf(Node node, Set<String> names) {
        Expression target;
        if (node instanceof AssignExpr assign) {
            target = unwrap(assign.getTarget());
        } else if (node instanceof UnaryExpr unary) {
            target = unwrap(unary.getExpression());
        } else if (node instanceof MethodCallExpr call && call.getScope().isPresent()) {
            target = unwrap(changedThrough(call).orElse(call.getScope().get()));
        } else {
            return false;
        }
        if (target instanceof ArrayAccessExpr element) {
            target = unwrap(element.getName());
        }
        return target instanceof NameExpr name && names.contains(name.getNameAsString())
                || target instanceof FieldAccessExpr access && names.contains(access.getNameAsString());
    }

    /**
     * What a call changes other than its receiver: the collection a view is taken of
     * ({@code M.values().removeIf(..)}, {@code L.subList(a, b).clear()}), the first argument
     * of a {@code Collections}/{@code Arrays} helper that changes it ({@code Arrays.fill(A, 0)},
     * {@code Collections.addAll(S, ..)}), the destination of {@code System.arraycopy}.
     */
    private static Optional<Expression> changedThrough(MethodCallExpr call) {
        Expression scope = unwrap(call.getScope().get());
        String name = call.getNameAsString();
        if (scope instanceof MethodCallExpr view && SharedState.VIEWS.contains(view.getNameAsString())
                && view.getScope().isPresent() && SharedState.MUTATORS.contains(name)) {
            return view.getScope();
        }
        if (scope instanceof NameExpr helper && (helper.getNameAsString().equals("Collections")
                || helper.getNameAsString().equals("Arrays")) && SharedState.UTILITY_MUTATORS.contains(name)
                && !call.getArguments().isEmpty()) {
            return Optional.of(call.getArgument(0));
        }
        if (scope instanceof NameExpr system && system.getNameAsString().equals("System") && name.equals("arraycopy")
                && call.getArguments().size() == 5) {
            return Optional.of(call.getArgument(2));
        }
        return Optional.empty();
    }

    /**
     * The field of this file that {@code expression} names, static or not as asked:
     * {@code F}, {@code this.F}, {@code Type.F}.
     */
    private static VariableDeclarator fieldOf(Expression expression, boolean statics) {
        Optional<Scopes.Declaration> declaration = Optional.empty();
        if (expression instanceof NameExpr name) {
            declaration = Scopes.of(name);
        } else if (expression instanceof FieldAccessExpr access && (access.getScope() instanceof ThisExpr
                || access.getScope() instanceof NameExpr owner && Character.isUpperCase(owner.getNameAsString().charAt(0))
                        && Scopes.of(owner).isEmpty())) {
            if (access.getScope() instanceof NameExpr owner) {
                return typeOfThisFile(access, owner.getNameAsString())
                        .flatMap(type -> type.getFieldByName(access.getNameAsString()))
                        .flatMap(declared -> declared.getVariables().stream()
                                .filter(v -> v.getNameAsString().equals(access.getNameAsString())).findFirst())
                        .filter(v -> statics && isStatic(v)).orElse(null);
            }
            declaration = Scopes.field(access, access.getNameAsString());
        }
        return declaration.filter(d -> d.kind() == Scopes.Kind.FIELD).flatMap(Scopes.Declaration::declarator)
                .filter(v -> isStatic(v) == statics).orElse(null);
    }

    private static VariableDeclarator fieldOrAlias(Expression expression, boolean statics) {
        VariableDeclarator field = fieldOf(expression, statics);
        return field == null && expression instanceof NameExpr alias ? aliasOf(alias, statics) : field;
    }

    private static Optional<TypeDeclaration<?>> typeOfThisFile(Node at, String name) {
        return at.findCompilationUnit().flatMap(unit -> unit.findFirst(TypeDeclaration.class,
                type -> type.getNameAsString().equals(name))).map(type -> (TypeDeclaration<?>) type);
    }

    /** A local initialised with a static field and never given another value: {@code var rows = ROWS;}. */
    private static VariableDeclarator aliasOf(NameExpr alias, boolean statics) {
        Optional<Scopes.Declaration> declaration = Scopes.of(alias);
        if (declaration.isEmpty() || declaration.get().kind() != Scopes.Kind.LOCAL) {
            return null;
        }
        return declaration.get().declarator().flatMap(VariableDeclarator::getInitializer)
                .map(FieldWrites::unwrap).map(value -> fieldOf(value, statics)).orElse(null);
    }

    public static boolean isStatic(VariableDeclarator declarator) {
        return declarator.getParentNode().filter(FieldDeclaration.class::isInstance).map(FieldDeclaration.class::cast)
                .map(field -> field.isStatic() || field.getParentNode()
                        .filter(p -> p instanceof com.github.javaparser.ast.body.ClassOrInterfaceDeclaration type
                                && type.isInterface()).isPresent())
                .orElse(false);
    }

    /** The code of a file that runs as static initialisation (see {@link #initialisation}). */
    static Set<Node> staticInitialisation(CompilationUnit unit) {
        return initialisation(unit);
    }

    /**
     * The code that runs as static initialisation: static blocks, static fields'
     * initialisers, {@code main}, and private methods called from those alone.
     */
    private static Set<Node> initialisation(CompilationUnit unit) {
        Set<Node> regions = Collections.newSetFromMap(new IdentityHashMap<>());
        List<MethodDeclaration> helpers = new ArrayList<>();
        Map<String, List<MethodCallExpr>> callsByName = new java.util.HashMap<>();
        // one pass: the regions, the private helpers, and the calls that may be of a helper
        Trees.walk(unit, node -> {
            if (node instanceof InitializerDeclaration initializer && initializer.isStatic()
                    || node instanceof FieldDeclaration field && field.isStatic()) {
                regions.add(node);
            } else if (node instanceof MethodDeclaration m) {
                if (m.isStatic() && m.getNameAsString().equals("main") && m.getParameters().size() == 1
                        && m.getType().isVoidType()) {
                    regions.add(m);
                }
                if (m.hasModifier(Modifier.Keyword.PRIVATE) && m.getBody().isPresent()) {
                    helpers.add(m);
                }
            } else if (node instanceof MethodCallExpr call
                    && (call.getScope().isEmpty() || call.getScope().get() instanceof ThisExpr)) {
                callsByName.computeIfAbsent(call.getNameAsString(), k -> new ArrayList<>()).add(call);
            }
        });
        boolean grew = true;
        for (int round = 0; grew && round < 4; round++) {
            grew = false;
            for (MethodDeclaration helper : helpers) {
                if (regions.contains(helper)) {
                    continue;
                }
                List<MethodCallExpr> calls = callsByName.getOrDefault(helper.getNameAsString(), List.of());
                if (!calls.isEmpty() && calls.stream().allMatch(call -> within(call, regions))) {
                    regions.add(helper);
                    grew = true;
                }
            }
        }
        return regions;
    }

    /**
     * Whether {@code node} runs in one of the regions; code of a lambda or an anonymous
     * class in {@code main} runs on the threads {@code main} starts, not in it.
     */
    private static boolean within(Node node, Set<Node> regions) {
        boolean deferred = false;
        for (Node current = node; current != null; current = current.getParentNode().orElse(null)) {
            if (current instanceof com.github.javaparser.ast.expr.LambdaExpr
                    || current instanceof ObjectCreationExpr creation && creation.getAnonymousClassBody().isPresent()) {
                deferred = true;
            }
            if (regions.contains(current)) {
                return !(deferred && current instanceof MethodDeclaration method
                        && method.getNameAsString().equals("main"));
            }
        }
        return false;
    }

    private static Expression unwrap(Expression expression) {
        return Expressions.unwrap(expression);
    }

    /** The simple name of a type as written, without type arguments; empty for arrays and primitives. */
    public static String simpleName(Type type) {
        return type.isClassOrInterfaceType() ? type.asClassOrInterfaceType().getNameAsString() : "";
    }

    /** Whether the class an initialiser makes is a mutable one: {@code new HashMap<>()}, {@code Lists.newArrayList()}. */
    public static boolean makesMutable(Expression initialiser) {
        Expression value = unwrap(initialiser);
        if (value instanceof ObjectCreationExpr creation) {
            return SharedState.MUTABLE_TYPES.contains(creation.getType().getNameAsString())
                    && creation.getAnonymousClassBody().isEmpty();
        }
        if (value instanceof com.github.javaparser.ast.expr.ArrayCreationExpr
                || value instanceof com.github.javaparser.ast.expr.ArrayInitializerExpr) {
            return true;
        }
        return value instanceof MethodCallExpr call && SharedState.MUTABLE_FACTORIES.contains(call.getNameAsString());
    }
}
