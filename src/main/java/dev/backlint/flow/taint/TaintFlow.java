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
        /**
         * In a walk for a summary, the getters of classes out of sight taken to read text,
         * each with its condition ({@code Type#property}); null in other walks.
         */
        Map<Node, String> conditions;

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
        return passesAnyThrough(method, indices, constants, project, expression -> false);
    }

    /**
     * Whether what {@code method} returns may carry request data it reads itself, from a
     * request it is given or holds in a field: judged within the method alone, the
     * request known by the type its declaration writes. Empty past the bound.
     */
    static Optional<Boolean> returnsRequestData(MethodDeclaration method, Constants constants, Project project) {
        return passesAnyThrough(method, List.of(), constants, project, TaintFlow::writtenAsRequest);
    }

    /** Whether a receiver is declared as a servlet request, by the name its declaration writes. */
    static boolean writtenAsRequest(Expression scope) {
        Optional<String> written = DeclaredTypes.writtenTypeOf(scope);
        if (written.isEmpty()) {
            return false;
        }
        String simple = written.get().substring(written.get().lastIndexOf('.') + 1);
        return simple.equals("HttpServletRequest") || simple.equals("ServletRequest");
    }

    private static Optional<Boolean> passesAnyThrough(MethodDeclaration method, List<Integer> indices,
            Constants constants, Project project, Predicate<Expression> request) {
        TaintFlow taint = new TaintFlow(constants, project, WebSources.REQUEST_DATA_TO_SQL, request,
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
     * For each of {@code calls} of {@code method} (in its body or in lambdas within it), the
     * paths by which the method's parameters {@code seeds} reach each argument, judged
     * within the method and the methods of its file that it calls: what a summary of the
     * calls the parameters reach is made of. A call the flow does not reach, or one inside
     * a class declared within the method, is left out; so is everything past the bound.
     * Getters of classes of other files read on the way are taken to read text, on the
     * conditions put in {@code conditions}.
     */
    static Map<MethodCallExpr, List<Optional<List<Related>>>> argumentPaths(MethodDeclaration method,
            List<Integer> seeds, List<MethodCallExpr> calls, Constants constants, Project project,
            Map<Node, String> conditions) {
        Map<MethodCallExpr, List<Optional<List<Related>>>> found = new java.util.IdentityHashMap<>();
        Shared shared = new Shared(new java.util.IdentityHashMap<>());
        shared.conditions = conditions;
        TaintFlow root = new TaintFlow(constants, project, WebSources.REQUEST_DATA_TO_SQL, expression -> false,
                Body.of(method).orElseThrow(), shared);
        for (int index : seeds) {
            Parameter parameter = method.getParameter(index);
            root.state.tainted.put(AccessPath.variable(parameter, parameter.getNameAsString()),
                    List.of(new Related(parameter, "parameter `" + parameter.getNameAsString() + "`")));
        }
        root.summaryDepth = MAX_SUMMARY_DEPTH - 1; // the file's own helpers are followed one call deep
        try {
            root.collectArguments(root.state.copy(), calls, found, 0);
        } catch (RuntimeException | StackOverflowError e) {
            return Map.of();
        }
        return shared.withinBound() ? found : Map.of();
    }

    /**
     * For each of {@code calls} of this flow's body (in it or in lambdas within it), the
     * paths by which the data reaches each argument, the body's parameters bound to the data
     * as its sources say. Empty past the bound.
     */
    Map<MethodCallExpr, List<Optional<List<Related>>>> argumentPaths(List<MethodCallExpr> calls) {
        Map<MethodCallExpr, List<Optional<List<Related>>>> found = new java.util.IdentityHashMap<>();
        if (body().node() instanceof MethodDeclaration method) {
            seedParameters(method);
        }
        collectArguments(state.copy(), calls, found, 0);
        return shared.withinBound() ? found : Map.of();
    }

    private void collectArguments(TaintState entry, List<MethodCallExpr> calls,
                                  Map<MethodCallExpr, List<Optional<List<Related>>>> found, int nesting) {
        Map<Node, List<MethodCallExpr>> inLambdas = new java.util.IdentityHashMap<>();
        List<MethodCallExpr> own = new ArrayList<>();
        for (MethodCallExpr call : calls) {
            Optional<Body> enclosing = Body.enclosing(call);
            if (enclosing.isEmpty()) {
                continue;
            }
            if (enclosing.get().node() == body().node()) {
                own.add(call);
                continue;
            }
            // the lambda of this body that holds the call, through lambdas only
            Node lambda = null;
            for (Optional<Body> at = enclosing; at.isPresent(); at = Body.enclosing(at.get().node())) {
                if (!(at.get().node() instanceof com.github.javaparser.ast.expr.LambdaExpr)) {
                    break;
                }
                if (Body.enclosing(at.get().node()).map(b -> b.node() == body().node()).orElse(false)) {
                    lambda = at.get().node();
                    break;
                }
            }
            if (lambda != null) {
                inLambdas.computeIfAbsent(lambda, k -> new ArrayList<>()).add(call);
            }
        }
        List<Node> targets = new ArrayList<>(own);
        targets.addAll(inLambdas.keySet());
        state = entry.copy();
        run(targets);
        for (MethodCallExpr call : own) {
            TaintState at = at(call);
            if (at == null) {
                continue;
            }
            state = at;
            List<Optional<List<Related>>> arguments = new ArrayList<>();
            for (Expression argument : call.getArguments()) {
                arguments.add(of(argument, 0));
            }
            found.put(call, arguments);
        }
        for (Map.Entry<Node, List<MethodCallExpr>> lambda : inLambdas.entrySet()) {
            TaintState at = at(lambda.getKey());
            if (at != null && nesting < 4 && shared.withinBound()) {
                TaintFlow inner = new TaintFlow(constants, project, spec, request, Body.of(lambda.getKey()).orElseThrow(),
                        shared);
                inner.summaryDepth = summaryDepth;
                inner.collectArguments(at, lambda.getValue(), found, nesting + 1);
            }
        }
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
        // a change we cannot follow: what the collection held element by element is forgotten
        // (silence rather than a guess), but data put in, or held before, stays in it as a whole
        Optional<List<Related>> before = TaintState.anyOf(state.lists.get(collection))
                .or(() -> name.equals("clear") ? Optional.empty() : first(arguments, 0));
        state.lists.put(collection, null);
        state.entries.keySet().removeIf(slot -> slot.collection().equals(collection));
        if (before.isPresent() && !name.equals("clear")) {
            state.tainted.putIfAbsent(collection, extend(before.get(), call, "stored in `" + collection + "`"));
        }
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
        if ((name.equals("map") || name.equals("flatMap")) && call.getArguments().size() == 1
                && convertsToNumbers(call.getArgument(0))) {
            return Optional.empty(); // stream.map(Long::valueOf): numbers from here on
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

    /**
     * Whether a function given to {@code map} turns each element into something that carries
     * nothing: a sanitizer's method reference ({@code Long::valueOf}) or a lambda whose result
     * is a sanitizer's call.
     */
    private boolean convertsToNumbers(Expression function) {
        if (function instanceof com.github.javaparser.ast.expr.MethodReferenceExpr reference) {
            return reference.getScope() instanceof com.github.javaparser.ast.expr.TypeExpr owner
                    && spec.sanitizers().contains(owner.getType().asString() + "." + reference.getIdentifier());
        }
        if (function instanceof com.github.javaparser.ast.expr.LambdaExpr lambda && lambda.getExpressionBody().isPresent()
                && lambda.getExpressionBody().get() instanceof MethodCallExpr body
                && body.getScope().orElse(null) instanceof NameExpr owner) {
            return spec.sanitizers().contains(owner.getNameAsString() + "." + body.getNameAsString());
        }
        return false;
    }

    /** Whether the call's receiver is of a class of this file or of another scanned file. */
    private boolean ofScannedType(MethodCallExpr call) {
        Optional<String> written = ReceiverTypes.written(call.getScope().get());
        return written.isPresent() && (DeclaredTypes.typeOfThisFile(call, written.get()).isPresent()
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
        Optional<MethodDeclaration> declared = DeclaredTypes.method(type, call);
        if (declared.isPresent() && declared.get().getBody().isEmpty() && summaryDepth < MAX_SUMMARY_DEPTH) {
            return throughAbstractMethod(type, call, depth);
        }
        Optional<MethodDeclaration> method = declared.filter(m -> m.getBody().isPresent());
        if (summaryDepth >= MAX_SUMMARY_DEPTH || method.isEmpty()) {
            return Optional.empty();
        }
        MethodDeclaration callee = method.get();
        if (returnsParameter(callee, -1) || returnsRequestFields(type, call)) {
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

    /** Whether the file's facts say the method returns request data its class keeps in a field. */
    private boolean returnsRequestFields(TypeDeclaration<?> type, MethodCallExpr call) {
        if (shared.conditions != null) {
            return false; // a walk for a summary reads no facts, not even its own file's
        }
        return dev.backlint.engine.FactExtractor.enclosingTypeName(type).flatMap(name -> project.type(name, call))
                .map(owner -> PassThroughFacts.passesThrough(project, owner, call.getNameAsString(),
                        call.getArguments().size(), -1))
                .orElse(false);
    }

    /**
     * A call of an abstract method of a class of this file (a template method's hook): its
     * result carries an argument when a scanned implementation passes it on. In a walk for
     * a summary, where implementations in other files are out of sight, it is taken to, on
     * a condition kept with the path ({@code @Type#name/arity#index}).
     */
    private Optional<List<Related>> throughAbstractMethod(TypeDeclaration<?> type, MethodCallExpr call, int depth) {
        Optional<String> qualified = dev.backlint.engine.FactExtractor.enclosingTypeName(type);
        if (qualified.isEmpty()) {
            return Optional.empty();
        }
        for (int i = 0; i < call.getArguments().size(); i++) {
            Optional<List<Related>> argument = of(call.getArgument(i), depth);
            if (argument.isEmpty()) {
                continue;
            }
            boolean passes;
            if (shared.conditions != null) {
                shared.conditions.put(call, "@" + qualified.get() + "#" + call.getNameAsString() + "/"
                        + call.getArguments().size() + "#" + i);
                passes = true;
            } else {
                int index = i;
                passes = project.type(qualified.get(), call).map(owner -> PassThroughFacts.implementationPasses(
                        project, owner, call.getNameAsString(), call.getArguments().size(), index)).orElse(false);
            }
            if (passes) {
                return Optional.of(extend(argument.get(), call, "passes through an implementation of `"
                        + call.getNameAsString() + "(..)`"));
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
        Optional<String> written = ReceiverTypes.written(scope);
        if (written.isEmpty() && receiver.isEmpty()) {
            // an object a method of another scanned class makes: Factory.create().process(x)
            Optional<ScannedType> made = madeBy(scope);
            if (made.isPresent()) {
                return throughScannedType(made.get(), made.get().qualifiedName(), call, depth);
            }
        }
        if (receiver.isPresent()) {
            return call.getArguments().isEmpty()
                    && (readsTextProperty(call, written) || readsPropertyOnCondition(call, written))
                    ? Optional.of(extend(receiver.get(), call, "`" + call.getNameAsString() + "()` reads " + spec.source()))
                    : Optional.empty();
        }
        if (written.isEmpty()) {
            return Optional.empty();
        }
        Optional<TypeDeclaration<?>> local = DeclaredTypes.typeOfThisFile(call, written.get());
        if (local.isPresent()) {
            return throughMethodOf(local.get(), call, depth);
        }
        Optional<ScannedType> declared = project.type(written.get(), call);
        return declared.isEmpty() ? Optional.empty() : throughScannedType(declared.get(), written.get(), call, depth);
    }

    /** The class whose method a call on a factory's product runs: the declared return type of the factory method. */
    private Optional<ScannedType> madeBy(Expression scope) {
        if (!(scope instanceof MethodCallExpr factory) || factory.getScope().isEmpty()) {
            return Optional.empty();
        }
        Optional<String> owner = ReceiverTypes.written(factory.getScope().get());
        Optional<ScannedType> declaring = owner.flatMap(w -> project.type(w, factory));
        return declaring.flatMap(type -> PassThroughFacts.returnType(project, type, factory.getNameAsString(),
                factory.getArguments().size()));
    }

    /** A call of a method of a scanned class of another file: its summary says what the result carries. */
    private Optional<List<Related>> throughScannedType(ScannedType owner, String written, MethodCallExpr call, int depth) {
        Optional<ScannedType> declared = Optional.of(owner);
        if (declared.isPresent() && passesThrough(declared.get(), call, -1, 0)) {
            return Optional.of(List.of(new Related(call, "`" + call.getNameAsString() + "(..)` of `" + written
                    + "` returns " + spec.source() + " it reads from a request")));
        }
        boolean throughImplementations = declared.isPresent() && PassThroughFacts.isAbstract(project, declared.get());
        for (int i = 0; i < call.getArguments().size() && declared.isPresent(); i++) {
            // the summaries first, at no cost; the implementations of an interface only for data
            boolean passes = passesThrough(declared.get(), call, i, 0);
            if (!passes && !throughImplementations) {
                continue;
            }
            Optional<List<Related>> argument = of(call.getArgument(i), depth);
            if (argument.isPresent() && (passes || PassThroughFacts.implementationPasses(project,
                    declared.get(), call.getNameAsString(), call.getArguments().size(), i))) {
                return Optional.of(extend(argument.get(), call, "passes through `"
                        + written + "." + call.getNameAsString() + "(..)`"));
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

    /**
     * Whether a getter of a bound object whose class no fact of this walk shows may read
     * text: in a walk for a summary, where other files are out of sight, it is taken to,
     * on a condition kept with the path and checked by whoever reads the summary.
     */
    private boolean readsPropertyOnCondition(MethodCallExpr call, Optional<String> written) {
        if (shared.conditions == null || written.isEmpty() || !call.getArguments().isEmpty()) {
            return false;
        }
        String name = call.getNameAsString();
        String property = name.startsWith("get") && name.length() > 3
                ? Character.toLowerCase(name.charAt(3)) + name.substring(4) : name;
        Optional<TypeDeclaration<?>> local = DeclaredTypes.typeOfThisFile(call, written.get());
        if (local.isPresent()) {
            return localFieldHoldsText(local.get(), property);
        }
        List<String> names = project.typeNames(written.get(), call);
        if (names.isEmpty() || dev.backlint.models.LibraryPackages.names(names)) {
            return false;
        }
        shared.conditions.put(call, written.get() + "#" + property);
        return true;
    }

    /** Whether a class of this file declares the property as a field or record component that may hold text. */
    private static boolean localFieldHoldsText(TypeDeclaration<?> type, String property) {
        if (type instanceof com.github.javaparser.ast.body.RecordDeclaration record) {
            for (Parameter component : record.getParameters()) {
                if (component.getNameAsString().equals(property)) {
                    return component.getType().isClassOrInterfaceType() && TextTypes.mayHoldText(
                            component.getType().asClassOrInterfaceType().getNameWithScope());
                }
            }
        }
        return type.getFieldByName(property).map(field -> field.getElementType().isClassOrInterfaceType()
                && TextTypes.mayHoldText(field.getElementType().asClassOrInterfaceType().getNameWithScope()))
                .orElse(false);
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

    /**
     * Whether what {@code method} returns may carry one of the fields {@code fields} of its
     * class, which hold request data: judged within the method alone, for a summary.
     */
    static boolean returnsFields(MethodDeclaration method, java.util.Set<String> fields, Constants constants,
                                 Project project) {
        TaintFlow taint = new TaintFlow(constants, project, WebSources.REQUEST_DATA_TO_SQL, expression -> false,
                Body.of(method).orElseThrow(), new Shared(new java.util.IdentityHashMap<>()));
        taint.summaryDepth = MAX_SUMMARY_DEPTH; // calls inside are not followed
        try {
            return taint.computeReturnsParameter(method, List.of(), fields) && taint.shared.withinBound();
        } catch (RuntimeException | StackOverflowError e) {
            return false;
        }
    }

    private boolean computeReturnsParameter(MethodDeclaration callee, List<Integer> indices) {
        return computeReturnsParameter(callee, indices, java.util.Set.of());
    }

    private boolean computeReturnsParameter(MethodDeclaration callee, List<Integer> indices, java.util.Set<String> fields) {
        TaintFlow inner = new TaintFlow(constants, project, spec, request, Body.of(callee).orElseThrow(), shared);
        inner.summaryDepth = summaryDepth + 1;
        for (int index : indices) {
            Parameter parameter = callee.getParameter(index);
            inner.state.tainted.put(AccessPath.variable(parameter, parameter.getNameAsString()),
                    List.of(new Related(parameter, "parameter")));
        }
        for (String field : fields) {
            inner.state.tainted.put(AccessPath.thisField(field), List.of(new Related(callee, "field `" + field + "`")));
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
