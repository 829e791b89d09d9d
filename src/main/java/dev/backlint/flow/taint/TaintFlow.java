package dev.backlint.flow.taint;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.CastExpr;
import com.github.javaparser.ast.expr.ConditionalExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.stmt.ReturnStmt;
import dev.backlint.api.Constants;
import dev.backlint.api.Project;
import dev.backlint.api.RuleContext.Related;
import dev.backlint.api.ScannedType;
import dev.backlint.api.TextTypes;
import dev.backlint.flow.AccessPath;
import dev.backlint.flow.Budget;
import dev.backlint.flow.ControlFlow;
import dev.backlint.resolve.Body;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import dev.backlint.models.TaintSpec;
import dev.backlint.resolve.DeclaredTypes;
import com.github.javaparser.ast.expr.ArrayAccessExpr;
import com.github.javaparser.ast.expr.ArrayCreationExpr;
import com.github.javaparser.ast.expr.ArrayInitializerExpr;
import com.github.javaparser.ast.stmt.ForEachStmt;
import java.util.function.Predicate;
import dev.backlint.models.WebSources;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One taint question: whether the data of a {@link TaintSpec} reaches an expression within
 * one method, and along which steps (told here for request data reaching SQL):
 * from a source (a servlet request method, a handler parameter) through assignments,
 * concatenation, string methods and builders. Conversions to numbers clear it, and so
 * does assigning a constant; branches whose condition folds to a constant are not
 * taken. Calls of methods of the classes of the file are followed through summaries
 * of their return values computed on the spot; calls of other scanned classes through
 * the summaries of their files' facts; other calls carry nothing (silence, not a guess).
 */
final class TaintFlow extends ControlFlow<TaintState> {

    private static final int MAX_DEPTH = 32;
    private static final int MAX_SUMMARY_DEPTH = 3;

    private final Constants constants;
    private final Project project;
    private final TaintSpec spec;
    /** Whether a call's receiver is a source of the data (a servlet request). */
    private final Predicate<Expression> request;
    private int summaryDepth;
    /** Shared by a question and the summaries it asks for: answers, and a bound on the work. */
    private final Shared shared;

    /**
     * What a question and the summaries it asks for share: the bound on their work, and
     * the summaries of the file's methods, kept for the file's later questions.
     */
    static final class Shared {
        private final Map<MethodDeclaration, Map<Integer, Boolean>> summaries;
        private final Budget budget = new Budget(MAX_STEPS);

        Shared(Map<MethodDeclaration, Map<Integer, Boolean>> summaries) {
            this.summaries = summaries;
        }

        /** Whether the work stayed within its bound (else every answer is unknown). */
        boolean withinBound() {
            return !budget.exhausted();
        }
    }

    private static final int MAX_STEPS = 200_000;

    TaintFlow(Constants constants, Project project, TaintSpec spec, Predicate<Expression> request, Body body,
              Shared shared) {
        super(body, constants, shared.budget);
        this.constants = constants;
        this.project = project;
        this.spec = spec;
        this.request = request;
        this.shared = shared;
        this.state = new TaintState();
    }

    /**
     * Whether what {@code method} returns may carry its parameter {@code index}, judged
     * within the method alone: the summary that callers in other files rely on.
     */
    static boolean passesThrough(MethodDeclaration method, int index, Constants constants, Project project) {
        return passesAnyThrough(method, List.of(index), constants, project).orElse(false);
    }

    /**
     * Whether the method's result may carry one of the parameters {@code indices}: one walk
     * for several, so that a method that passes none on is walked once. Empty when the walk
     * ran past its bound or failed.
     */
    static Optional<Boolean> passesAnyThrough(MethodDeclaration method, List<Integer> indices, Constants constants,
            Project project) {
        TaintFlow taint = new TaintFlow(constants, project, WebSources.REQUEST_DATA_TO_SQL, expression -> false,
                Body.of(method).orElseThrow(), new Shared(new java.util.IdentityHashMap<>()));
        taint.summaryDepth = MAX_SUMMARY_DEPTH; // calls inside are not followed
        boolean result;
        try {
            result = taint.computeReturnsParameter(method, indices);
        } catch (RuntimeException | StackOverflowError e) {
            return Optional.empty();
        }
        return taint.shared.withinBound() ? Optional.of(result) : Optional.empty();
    }

    /**
     * The steps by which the data reaches {@code expression}, if it does; empty past the
     * bound. The body starts from {@code entry} when given (the state where a lambda is
     * created), else from its parameters bound to the data.
     */
    Optional<List<Related>> reaching(Expression expression, TaintState entry) {
        TaintState at = stateAt(expression, entry);
        Optional<List<Related>> path = at == null ? Optional.empty() : of(expression, 0);
        return shared.withinBound() ? path : Optional.empty(); // past the bound: silent
    }

    /** The state on entry to {@code node} of the body, run from {@code entry} or its parameters. */
    TaintState stateAt(Node node, TaintState entry) {
        if (entry != null) {
            state = entry.copy();
        } else if (body().node() instanceof MethodDeclaration method) {
            seedParameters(method);
        }
        run(List.of(node));
        state = at(node);
        return state;
    }

    private void seedParameters(MethodDeclaration method) {
        boolean handler = isHandler(method);
        for (Parameter parameter : method.getParameters()) {
            boolean annotated = parameter.getAnnotations().stream()
                    .anyMatch(a -> spec.sourceAnnotations().contains(a.getName().getIdentifier()));
            boolean plainText = handler && parameter.getAnnotations().isEmpty()
                    && TextTypes.isString(parameter.getType());
            if ((annotated || plainText) && !TextTypes.holdsNoText(parameter.getType())) {
                state.tainted.put(AccessPath.variable(parameter, parameter.getNameAsString()), List.of(new Related(parameter,
                        spec.source() + " enters as parameter `" + parameter.getNameAsString() + "`")));
            }
        }
    }

    private boolean isHandler(MethodDeclaration method) {
        boolean mapped = method.getAnnotations().stream()
                .anyMatch(a -> spec.handlerAnnotations().contains(a.getName().getIdentifier()));
        return mapped && method.findAncestor(TypeDeclaration.class)
                .map(type -> ((TypeDeclaration<?>) type).getAnnotations().stream().map(AnnotationExpr::getNameAsString)
                        .anyMatch(spec::isHandlerType))
                .orElse(false);
    }

    @Override
    protected TaintState copy(TaintState from) {
        return from.copy();
    }

    @Override
    protected TaintState join(TaintState a, TaintState b) {
        return TaintState.join(a, b);
    }

    @Override
    protected boolean same(TaintState a, TaintState b) {
        return a.sameAs(b);
    }

    @Override
    protected void effect(Node node) {
        if (node instanceof VariableDeclarator || node instanceof AssignExpr || isAppend(node)) {
            apply(node);
        } else if (isCollectionChange(node)) {
            applyCollectionChange((MethodCallExpr) node);
        }
    }

    /** The loop variable of a for-each takes what any element of the iterable carries. */
    @Override
    protected void eachElement(ForEachStmt loop) {
        for (VariableDeclarator variable : loop.getVariable().getVariables()) {
            Optional<List<Related>> path = of(loop.getIterable(), 0);
            AccessPath key = AccessPath.variable(variable, variable.getNameAsString());
            if (path.isPresent() && !TextTypes.holdsNoText(variable.getType())) {
                state.tainted.put(key, extend(path.get(), variable, "an element of `"
                        + loop.getIterable() + "` flows into `" + variable.getNameAsString() + "`"));
            } else {
                state.tainted.remove(key);
            }
        }
    }

    private static boolean isAppend(Node node) {
        return node instanceof MethodCallExpr call && call.getNameAsString().equals("append")
                && builderOf(call).isPresent();
    }

    /** The place a chain of appends writes to: {@code sb} in {@code sb.append(a).append(b)}. */
    private static Optional<AccessPath> builderOf(MethodCallExpr call) {
        Optional<Expression> scope = call.getScope();
        while (scope.isPresent() && scope.get() instanceof MethodCallExpr inner
                && inner.getNameAsString().equals("append")) {
            scope = inner.getScope();
        }
        return scope.filter(s -> s instanceof NameExpr || s instanceof FieldAccessExpr).flatMap(AccessPath::of);
    }

    private static final java.util.Set<String> COLLECTION_CHANGES = java.util.Set.of("put", "add", "remove",
            "clear", "set", "addAll", "putAll", "addFirst", "push", "pop", "poll", "offer", "removeIf", "sort");

    private static boolean isCollectionChange(Node node) {
        return node instanceof MethodCallExpr call && COLLECTION_CHANGES.contains(call.getNameAsString())
                && call.getScope().flatMap(AccessPath::of).isPresent();
    }

    private void applyCollectionChange(MethodCallExpr call) {
        AccessPath collection = AccessPath.of(call.getScope().get()).orElseThrow();
        String name = call.getNameAsString();
        List<Expression> arguments = call.getArguments();
        if (name.equals("put") && arguments.size() == 2) {
            Optional<List<Related>> value = of(arguments.get(1), 0);
            Optional<Object> key = constants.value(arguments.get(0));
            TaintState.Slot slot = new TaintState.Slot(collection, key.map(String::valueOf).orElse("*"));
            if (value.isPresent()) {
                state.entries.put(slot, extend(value.get(), call, "stored in `" + collection + "`"));
            } else if (key.isPresent()) {
                state.entries.remove(slot);
            }
            return;
        }
        List<Optional<List<Related>>> elements = state.lists.computeIfAbsent(collection, k -> new ArrayList<>());
        if (name.equals("add") && arguments.size() == 1) {
            elements.add(of(arguments.get(0), 0).map(path -> extend(path, call, "added to `" + collection + "`")));
            return;
        }
        Optional<Object> index = arguments.isEmpty() ? Optional.empty() : constants.value(arguments.get(0));
        if (name.equals("add") && arguments.size() == 2 && index.isPresent() && index.get() instanceof Integer at
                && at >= 0 && at <= elements.size()) {
            elements.add(at, of(arguments.get(1), 0).map(path -> extend(path, call, "added to `" + collection + "`")));
            return;
        }
        if (name.equals("remove") && index.isPresent() && index.get() instanceof Integer at && at >= 0
                && at < elements.size()) {
            elements.remove((int) at);
            return;
        }
        // a change we cannot follow: forget what the collection holds (silence rather than a guess)
        state.lists.put(collection, null);
        state.entries.keySet().removeIf(slot -> slot.collection().equals(collection));
    }

    /** What any element of a collection followed element by element carries. */
    private Optional<List<Related>> anyElement(AccessPath collection) {
        List<Optional<List<Related>>> elements = state.lists.get(collection);
        if (elements != null) {
            for (Optional<List<Related>> element : elements) {
                if (element.isPresent()) {
                    return element;
                }
            }
        }
        return state.entries.entrySet().stream().filter(e -> e.getKey().collection().equals(collection))
                .sorted(Map.Entry.comparingByKey(java.util.Comparator.comparing(TaintState.Slot::key)))
                .map(Map.Entry::getValue).findFirst();
    }

    /** Whether a collection is followed element by element (its reads are then answered exactly). */
    private boolean followed(AccessPath collection) {
        if (state.lists.containsKey(collection)) {
            return true;
        }
        return state.entries.keySet().stream().anyMatch(slot -> slot.collection().equals(collection));
    }

    /**
     * What a read of a followed collection gives: {@code null} when the collection is not
     * followed, else the path (present or not) of the element read.
     */
    private Optional<List<Related>> fromCollection(MethodCallExpr call) {
        Optional<AccessPath> scope = call.getScope().flatMap(AccessPath::of);
        if (scope.isEmpty() || !followed(scope.get())) {
            return null;
        }
        AccessPath collection = scope.get();
        if (!call.getNameAsString().equals("get") || call.getArguments().size() != 1) {
            return CONTAINER_READS.contains(call.getNameAsString()) ? anyElement(collection) : Optional.empty();
        }
        Optional<Object> key = constants.value(call.getArgument(0));
        if (state.lists.containsKey(collection)) {
            List<Optional<List<Related>>> elements = state.lists.get(collection);
            if (elements != null && key.isPresent() && key.get() instanceof Integer at && at >= 0 && at < elements.size()) {
                return elements.get(at);
            }
            return Optional.empty();
        }
        Optional<List<Related>> any = Optional.ofNullable(state.entries.get(new TaintState.Slot(collection, "*")));
        if (key.isEmpty()) {
            return any;
        }
        Optional<List<Related>> exact = Optional.ofNullable(state.entries.get(
                new TaintState.Slot(collection, String.valueOf(key.get()))));
        return exact.isPresent() ? exact : any;
    }

    private void apply(Node step) {
        if (step instanceof VariableDeclarator declarator && declarator.getInitializer().isPresent()) {
            AccessPath variable = AccessPath.variable(declarator, declarator.getNameAsString());
            if (TextTypes.holdsNoText(declarator.getType())) {
                state.tainted.remove(variable); // a number holds no SQL
                return;
            }
            assign(variable, declarator.getInitializer().get(), declarator, false);
        } else if (step instanceof AssignExpr assign) {
            Optional<AccessPath> target = AccessPath.of(assign.getTarget());
            if (target.isEmpty()) {
                return;
            }
            if (DeclaredTypes.of(assign.getTarget()).filter(TextTypes::holdsNoText).isPresent()) {
                state.tainted.remove(target.get());
                return;
            }
            boolean plus = assign.getOperator() == AssignExpr.Operator.PLUS;
            if (assign.getOperator() == AssignExpr.Operator.ASSIGN || plus) {
                assign(target.get(), assign.getValue(), assign, plus);
            }
        } else if (step instanceof MethodCallExpr call) {
            AccessPath builder = builderOf(call).orElseThrow();
            for (Expression argument : call.getArguments()) {
                Optional<List<Related>> path = of(argument, 0);
                if (path.isPresent() && !state.tainted.containsKey(builder)) {
                    state.tainted.put(builder, extend(path.get(), call, "appended to `" + builder + "`"));
                }
            }
        }
    }

    private void assign(AccessPath target, Expression value, Node where, boolean compound) {
        Optional<List<Related>> path = of(value, 0);
        if (path.isPresent()) {
            if (!state.tainted.containsKey(target) || !compound) {
                state.tainted.put(target, extend(path.get(), where, "flows into `" + target + "`"));
            }
        } else if (!compound) {
            state.tainted.remove(target); // overwritten with data that is not from the request
        }
        // what was read through the old value is gone with it
        state.tainted.keySet().removeIf(place -> !place.equals(target) && target.isPrefixOf(place) && !compound);
    }

    private static List<Related> extend(List<Related> path, Node where, String message) {
        List<Related> longer = new ArrayList<>(path);
        longer.add(new Related(where, message));
        return List.copyOf(longer);
    }

    /** The path of request data into {@code expression}, if any. */
    private Optional<List<Related>> of(Expression expression, int depth) {
        if (depth > MAX_DEPTH || !shared.budget.tick()) {
            return Optional.empty();
        }
        int next = depth + 1;
        if (expression instanceof NameExpr || expression instanceof FieldAccessExpr) {
            Optional<AccessPath> place = AccessPath.of(expression);
            if (place.isPresent()) {
                Optional<List<Related>> whole = Optional.ofNullable(state.tainted.get(place.get()));
                return whole.isPresent() ? whole : anyElement(place.get());
            }
            return Optional.empty();
        }
        if (expression instanceof ArrayAccessExpr access) {
            return of(access.getName(), next);
        }
        if (expression instanceof ArrayCreationExpr creation) {
            return creation.getInitializer().flatMap(values -> first(values.getValues(), next));
        }
        if (expression instanceof ArrayInitializerExpr values) {
            return first(values.getValues(), next);
        }
        if (expression instanceof EnclosedExpr enclosed) {
            return of(enclosed.getInner(), next);
        }
        if (expression instanceof CastExpr cast) {
            return of(cast.getExpression(), next);
        }
        if (expression instanceof BinaryExpr binary && binary.getOperator() == BinaryExpr.Operator.PLUS) {
            Optional<List<Related>> left = of(binary.getLeft(), next);
            return left.isPresent() ? left : of(binary.getRight(), next);
        }
        if (expression instanceof ConditionalExpr conditional) {
            Optional<Object> condition = constants.value(conditional.getCondition());
            if (condition.isPresent() && condition.get() instanceof Boolean taken) {
                return of(taken ? conditional.getThenExpr() : conditional.getElseExpr(), next);
            }
            Optional<List<Related>> then = of(conditional.getThenExpr(), next);
            return then.isPresent() ? then : of(conditional.getElseExpr(), next);
        }
        if (expression instanceof ObjectCreationExpr creation) {
            String type = creation.getType().getNameAsString();
            if (type.equals("StringBuilder") || type.equals("StringBuffer") || type.equals("String")) {
                return first(creation.getArguments(), next);
            }
            return Optional.empty();
        }
        if (expression instanceof MethodCallExpr call) {
            return ofCall(call, next);
        }
        return Optional.empty();
    }

    private Optional<List<Related>> ofCall(MethodCallExpr call, int depth) {
        String name = call.getNameAsString();
        if (call.getScope().orElse(null) instanceof NameExpr owner
                && spec.sanitizers().contains(owner.getNameAsString() + "." + name)) {
            return Optional.empty();
        }
        if (spec.sourceMethods().contains(name) && call.getScope().isPresent()
                && request.test(call.getScope().get())) {
            return Optional.of(List.of(new Related(call, "`" + name + "(..)` returns " + spec.source())));
        }
        Optional<List<Related>> stored = fromCollection(call);
        if (stored != null) {
            return stored.map(path -> extend(path, call, "read back from `" + call.getScope().get() + "`"));
        }
        // methods of the scanned code are judged by what they do, whatever their names
        boolean own = call.getScope().map(Expression::isThisExpr).orElse(true);
        if (own && DeclaredTypes.declaringTypeAround(call).isPresent()) {
            return throughOwnMethod(call, depth);
        }
        if (!own && ofScannedType(call)) {
            return throughOtherType(call, depth);
        }
        if (spec.propagators().contains(name)) {
            Optional<List<Related>> scope = call.getScope().flatMap(s -> of(s, depth));
            return scope.isPresent() ? scope : first(call.getArguments(), depth);
        }
        if (CONTAINER_READS.contains(name) && call.getScope().isPresent()) {
            // an element, entry or line of something that carries request data as a whole
            return of(call.getScope().get(), depth);
        }
        return own ? Optional.empty() : throughOtherType(call, depth);
    }

    /** Whether the call's receiver is of a class of this file or of another scanned file. */
    private boolean ofScannedType(MethodCallExpr call) {
        Optional<String> written = DeclaredTypes.writtenTypeOf(call.getScope().get());
        return written.isPresent() && (typeOfThisFile(call, written.get()).isPresent()
                || project.type(written.get(), call).isPresent());
    }

    /** Reads of elements, entries and lines of a container, iterator or reader. */
    private static final java.util.Set<String> CONTAINER_READS = java.util.Set.of("get", "getOrDefault",
            "getFirst", "getLast", "next", "nextElement", "nextToken", "firstElement", "lastElement", "peek",
            "element", "poll", "pop", "getValue", "getKey", "values", "keySet", "entrySet", "iterator",
            "toArray", "readLine", "getName", "getComment", "getDomain");

    /**
     * A call of a method of a class of this file whose result depends on an argument
     * that carries request data: the callee's body is analysed with that parameter as the
     * source (a summary), a few calls deep at most. Unqualified calls are looked up in
     * the enclosing classes from the innermost out.
     */
    private Optional<List<Related>> throughOwnMethod(MethodCallExpr call, int depth) {
        return DeclaredTypes.declaringTypeAround(call).flatMap(type -> throughMethodOf(type, call, depth));
    }

    private Optional<List<Related>> throughMethodOf(TypeDeclaration<?> type, MethodCallExpr call, int depth) {
        Optional<MethodDeclaration> method = DeclaredTypes.method(type, call).filter(m -> m.getBody().isPresent());
        if (summaryDepth >= MAX_SUMMARY_DEPTH || method.isEmpty()) {
            return Optional.empty();
        }
        MethodDeclaration callee = method.get();
        if (returnsParameter(callee, -1)) {
            // the method reads request data itself (from a request passed to it, say)
            return Optional.of(List.of(new Related(call, "`" + callee.getNameAsString() + "(..)` returns " + spec.source())));
        }
        for (int i = 0; i < call.getArguments().size(); i++) {
            Optional<List<Related>> argument = of(call.getArgument(i), depth);
            if (argument.isPresent() && returnsParameter(callee, i)) {
                return Optional.of(extend(argument.get(), call, "passes through `" + callee.getNameAsString() + "(..)`"));
            }
        }
        return Optional.empty();
    }

    /**
     * A call on an object or class other than {@code this}: a property read of request
     * data, a method of a class of this file, or a method of another scanned class whose
     * summary says that its result carries the argument. Anything else carries nothing.
     */
    private Optional<List<Related>> throughOtherType(MethodCallExpr call, int depth) {
        Expression scope = call.getScope().get();
        Optional<List<Related>> receiver = of(scope, depth);
        Optional<String> written = DeclaredTypes.writtenTypeOf(scope);
        if (receiver.isPresent()) {
            return call.getArguments().isEmpty() && readsTextProperty(call, written)
                    ? Optional.of(extend(receiver.get(), call, "`" + call.getNameAsString() + "()` reads " + spec.source()))
                    : Optional.empty();
        }
        if (written.isEmpty()) {
            return Optional.empty();
        }
        Optional<TypeDeclaration<?>> local = typeOfThisFile(call, written.get());
        if (local.isPresent()) {
            return throughMethodOf(local.get(), call, depth);
        }
        Optional<ScannedType> declared = project.type(written.get(), call);
        for (int i = 0; i < call.getArguments().size() && declared.isPresent(); i++) {
            if (passesThrough(declared.get(), call, i, 0)) {
                Optional<List<Related>> argument = of(call.getArgument(i), depth);
                if (argument.isPresent()) {
                    return Optional.of(extend(argument.get(), call, "passes through `"
                            + written.get() + "." + call.getNameAsString() + "(..)`"));
                }
            }
        }
        return Optional.empty();
    }

    /** Whether the method of {@code owner} (or of a scanned supertype) passes argument {@code index} on. */
    private boolean passesThrough(ScannedType owner, MethodCallExpr call, int index, int depth) {
        if (PassThroughFacts.passesThrough(project, owner, call.getNameAsString(), call.getArguments().size(), index)) {
            return true;
        }
        if (depth >= 4) {
            return false;
        }
        for (String supertype : owner.supertypes()) {
            Optional<ScannedType> parent = project.type(supertype, owner);
            if (parent.isPresent() && passesThrough(parent.get(), call, index, depth + 1)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a call without arguments on request data returns request data: an element,
     * entry or line read from it (`next()`, `getValue()`), or the getter of a property
     * whose field a scanned class declares as text. A getter of a class that is not
     * scanned carries nothing, unless it is such a read (a cookie's `getValue()`).
     */
    private boolean readsTextProperty(MethodCallExpr call, Optional<String> written) {
        String name = call.getNameAsString();
        if (CONTAINER_READS.contains(name) && !name.startsWith("get")) {
            return true;
        }
        String property = name.startsWith("get") && name.length() > 3
                ? Character.toLowerCase(name.charAt(3)) + name.substring(4) : name;
        Optional<ScannedType> declared = written.flatMap(w -> project.type(w, call));
        if (declared.isEmpty()) {
            return CONTAINER_READS.contains(name); // a cookie, an entry, an element of request data
        }
        String type = declared.get().fields().get(property);
        return type != null && TextTypes.mayHoldText(type);
    }

    /** The named classes of a file by simple name, kept on its tree once built. */
    private static final com.github.javaparser.ast.DataKey<Map<String, List<TypeDeclaration<?>>>> TYPES_BY_NAME =
            new com.github.javaparser.ast.DataKey<>() {
            };

    /** A class of this file that the simple or dotted name {@code written} names, if exactly one. */
    private static Optional<TypeDeclaration<?>> typeOfThisFile(Node at, String written) {
        Optional<com.github.javaparser.ast.CompilationUnit> unit = at.findCompilationUnit();
        if (unit.isEmpty()) {
            return Optional.empty();
        }
        Map<String, List<TypeDeclaration<?>>> byName;
        if (unit.get().containsData(TYPES_BY_NAME)) {
            byName = unit.get().getData(TYPES_BY_NAME);
        } else {
            byName = new HashMap<>();
            for (TypeDeclaration<?> type : unit.get().findAll(TypeDeclaration.class)) {
                if (dev.backlint.engine.FactExtractor.enclosingTypeName(type).isPresent()) {
                    byName.computeIfAbsent(type.getNameAsString(), k -> new ArrayList<>()).add(type);
                }
            }
            unit.get().setData(TYPES_BY_NAME, byName);
        }
        List<TypeDeclaration<?>> found = byName.getOrDefault(written.substring(written.lastIndexOf('.') + 1), List.of());
        return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
    }

    /** Whether the method's result carries its parameter {@code index}, or request data it reads itself (-1). */
    private boolean returnsParameter(MethodDeclaration callee, int index) {
        Map<Integer, Boolean> known = shared.summaries.computeIfAbsent(callee, k -> new HashMap<>());
        Boolean answer = known.get(index);
        if (answer != null) {
            return answer;
        }
        known.put(index, false); // recursion through this summary adds nothing
        boolean result = computeReturnsParameter(callee, index);
        if (shared.withinBound()) {
            known.put(index, result);
        } else {
            known.remove(index); // an answer cut short is not kept for later questions
        }
        return result;
    }

    private boolean computeReturnsParameter(MethodDeclaration callee, int index) {
        return computeReturnsParameter(callee, index >= 0 ? List.of(index) : List.of());
    }

    private boolean computeReturnsParameter(MethodDeclaration callee, List<Integer> indices) {
        TaintFlow inner = new TaintFlow(constants, project, spec, request, Body.of(callee).orElseThrow(), shared);
        inner.summaryDepth = summaryDepth + 1;
        for (int index : indices) {
            Parameter parameter = callee.getParameter(index);
            inner.state.tainted.put(AccessPath.variable(parameter, parameter.getNameAsString()),
                    List.of(new Related(parameter, "parameter")));
        }
        List<Node> returns = new ArrayList<>(callee.findAll(ReturnStmt.class,
                r -> r.getExpression().isPresent() && !Body.nestedIn(r, callee)));
        inner.run(returns);
        for (Node ret : returns) {
            inner.state = inner.at(ret);
            if (inner.state != null && inner.of(((ReturnStmt) ret).getExpression().get(), 0).isPresent()) {
                return true;
            }
        }
        return false;
    }

    private Optional<List<Related>> first(List<Expression> expressions, int depth) {
        for (Expression expression : expressions) {
            Optional<List<Related>> path = of(expression, depth);
            if (path.isPresent()) {
                return path;
            }
        }
        return Optional.empty();
    }
}
