package dev.backlint.flow.nullness;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.UnaryExpr;
import com.github.javaparser.ast.type.Type;
import dev.backlint.api.RuleContext;
import dev.backlint.api.ScannedType;
import dev.backlint.flow.AccessPath;
import dev.backlint.flow.Budget;
import dev.backlint.flow.ControlFlow;
import dev.backlint.matchers.Chains;
import dev.backlint.matchers.TypeMatcher;
import dev.backlint.models.NullSources;
import dev.backlint.resolve.Body;
import dev.backlint.resolve.DeclaredTypes;
import dev.backlint.resolve.Scopes;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Where a body reads an {@code Optional}'s value with {@code get()} (or {@code getAsInt()},
 * {@code getAsLong()}, {@code getAsDouble()}) on a path where no {@code isPresent()} or
 * {@code isEmpty()} check proved it present. The places known present on every path are
 * the state; {@code orElseThrow()} and a {@code get()} itself make their Optional present
 * from then on, and a new value makes it unknown again. A lambda starts from what held
 * where it was created.
 */
final class OptionalFlow extends ControlFlow<OptionalFlow.Known> {

    private static final int MAX_STEPS = 40_000;
    private static final Set<String> GETTERS = Set.of("get", "getAsInt", "getAsLong", "getAsDouble");
    private static final TypeMatcher OPTIONALS = TypeMatcher.of("java.util.Optional", "java.util.OptionalInt",
            "java.util.OptionalLong", "java.util.OptionalDouble");
    /** Stream operations whose result is an Optional. */
    private static final Set<String> STREAM_RESULTS = Set.of("findFirst", "findAny", "max", "min", "reduce", "average");
    /** Calls that make a chain a stream pipeline. */
    private static final Set<String> STREAMS = Set.of("stream", "parallelStream", "mapToInt", "mapToLong",
            "mapToDouble", "mapToObj", "boxed", "range", "rangeClosed", "chars", "codePoints", "lines", "iterate",
            "generate");
    private static final Set<String> REPOSITORY_OPTIONALS = Set.of("findById", "findOne");

    /** At most this many tests taken and implied presences are kept. */
    private static final int MAX_FACTS = 16;

    /**
     * What holds on every path here: the places known present, the tests taken with their
     * outcome (as {@link NullnessFlow#atom} writes them), and the places present once a test
     * is known to have the outcome an implication names.
     */
    static final class Known {
        final Set<AccessPath> present = new HashSet<>();
        final Set<String> taken = new HashSet<>();
        final Set<Implied> implied = new HashSet<>();

        Known copy() {
            Known copy = new Known();
            copy.present.addAll(present);
            copy.taken.addAll(taken);
            copy.implied.addAll(implied);
            return copy;
        }
    }

    /** Where the test {@code atom} holds, {@code place} is present. */
    record Implied(String atom, AccessPath place) {
    }

    private final RuleContext context;
    private final List<MethodCallExpr> unchecked = new ArrayList<>();
    private final Map<Node, Boolean> optionals = new IdentityHashMap<>();

    private OptionalFlow(Body body, RuleContext context, Known entry) {
        super(body, context.constants(), new Budget(MAX_STEPS));
        this.context = context;
        this.state = entry == null ? new Known() : entry.copy();
        // tests are remembered only where a check sits under one branch and a get() may sit under another
        this.branchy = body.node().findAll(com.github.javaparser.ast.stmt.IfStmt.class).size() > 1
                && body.node().findFirst(MethodCallExpr.class, call -> call.getArguments().isEmpty()
                && (call.getNameAsString().equals("isPresent") || call.getNameAsString().equals("isEmpty"))).isPresent();
    }

    /** Whether the body may tie a check to a later test (see the constructor). */
    private final boolean branchy;
    /** The text of each test with each outcome, made once. */
    private final Map<Expression, String[]> atoms = new IdentityHashMap<>();

    /** Whether the body has a {@code get()} that could be one: the free first test. */
    static boolean mayHaveGets(Body body) {
        return body.node().findFirst(MethodCallExpr.class, call -> GETTERS.contains(call.getNameAsString())
                && call.getArguments().isEmpty() && call.getScope().isPresent()).isPresent();
    }

    /** The unchecked gets of the body; empty when the walk ran past its bound. */
    static List<MethodCallExpr> uncheckedGets(Body body, RuleContext context) {
        OptionalFlow flow = new OptionalFlow(body, context, entryOf(body, context));
        flow.run(List.of());
        return flow.complete() ? flow.unchecked : List.of();
    }

    /** For a lambda, what held where it was created (its enclosing bodies walked first); else nothing. */
    private static Known entryOf(Body body, RuleContext context) {
        if (!(body.node() instanceof LambdaExpr)) {
            return null;
        }
        Optional<Body> outer = Body.enclosing(body.node());
        if (outer.isEmpty()) {
            return new Known();
        }
        OptionalFlow around = new OptionalFlow(outer.get(), context, entryOf(outer.get(), context));
        around.run(List.of(body.node()));
        Known entry = around.at(body.node());
        return entry == null ? new Known() : entry;
    }

    @Override
    protected Known copy(Known from) {
        return from.copy();
    }

    @Override
    protected Known join(Known a, Known b) {
        Known joined = new Known();
        joined.present.addAll(a.present);
        joined.present.retainAll(b.present);
        joined.taken.addAll(a.taken);
        joined.taken.retainAll(b.taken);
        for (Implied implied : a.implied) {
            if (b.implied.contains(implied) || b.present.contains(implied.place())) {
                joined.implied.add(implied);
            }
        }
        for (Implied implied : b.implied) {
            if (a.present.contains(implied.place())) {
                joined.implied.add(implied);
            }
        }
        // one path proved the Optional present, the other took a test: where the test is later
        // known to have failed, the path that proved it is the one taken
        implications(joined, a, b);
        implications(joined, b, a);
        return joined;
    }

    private static void implications(Known joined, Known proving, Known other) {
        for (AccessPath place : proving.present) {
            if (other.present.contains(place)) {
                continue;
            }
            for (String atom : other.taken) {
                if (!proving.taken.contains(atom) && joined.implied.size() < MAX_FACTS) {
                    joined.implied.add(new Implied(NullnessFlow.opposite(atom), place));
                }
            }
        }
    }

    @Override
    protected boolean same(Known a, Known b) {
        return a.present.equals(b.present) && a.taken.equals(b.taken) && a.implied.equals(b.implied);
    }

    @Override
    protected void effect(Node node) {
        if (node instanceof VariableDeclarator declarator) {
            forget(AccessPath.variable(declarator, declarator.getNameAsString()));
        } else if (node instanceof AssignExpr assign) {
            AccessPath.of(assign.getTarget()).ifPresent(this::forget);
        } else if (node instanceof MethodCallExpr call && call.getScope().isPresent()) {
            String name = call.getNameAsString();
            Optional<AccessPath> place = place(call.getScope().get());
            if (GETTERS.contains(name) && call.getArguments().isEmpty()) {
                if ((place.isEmpty() || !state.present.contains(place.get())) && !fromNonEmpty(call.getScope().get())
                        && isOptional(call.getScope().get())) {
                    unchecked.add(call);
                }
                place.ifPresent(state.present::add); // had it been empty, the get would have thrown
            } else if (name.equals("orElseThrow")) {
                place.ifPresent(state.present::add);
            }
        }
        if (node instanceof MethodCallExpr call) {
            for (int i = 0; i < call.getArguments().size(); i++) {
                if (NullnessFlow.mayTest(call.getArgument(i)) && assertsArgument(call, i)) {
                    refine(call.getArgument(i), true); // assertPresent(opt.isPresent(), ..)
                }
            }
        }
    }

    private void forget(AccessPath target) {
        state.present.removeIf(target::isPrefixOf);
        String name = NullnessFlow.rootName(target);
        state.taken.removeIf(atom -> NullnessFlow.mentions(atom, name));
        state.implied.removeIf(implied -> target.isPrefixOf(implied.place()) || NullnessFlow.mentions(implied.atom(), name));
    }

    /** A collection known to hold an element, kept in the state as a place of its own. */
    private static Optional<AccessPath> nonEmpty(AccessPath collection) {
        return collection.field("!isEmpty()");
    }

    /**
     * {@code records.stream().findFirst()} (through {@code map}, {@code sorted} and the like,
     * not {@code filter}) of a collection known not to be empty: it finds an element.
     */
    private boolean fromNonEmpty(Expression optional) {
        Expression inner = NullnessFlow.unwrap(optional);
        if (!(inner instanceof MethodCallExpr terminal) || !STREAM_RESULTS.contains(terminal.getNameAsString())
                || terminal.getNameAsString().equals("reduce") && terminal.getArguments().size() != 1) {
            return false;
        }
        Expression step = terminal.getScope().orElse(null);
        while (step instanceof MethodCallExpr call && KEEPS_ELEMENTS.contains(call.getNameAsString())) {
            step = call.getScope().orElse(null);
        }
        return step instanceof MethodCallExpr stream && stream.getNameAsString().equals("stream")
                && stream.getArguments().isEmpty() && stream.getScope().flatMap(AccessPath::of)
                .flatMap(OptionalFlow::nonEmpty).filter(state.present::contains).isPresent();
    }

    /** Stream steps that keep at least one element of a stream that has one. */
    private static final Set<String> KEEPS_ELEMENTS = Set.of("map", "mapToInt", "mapToLong", "mapToDouble", "mapToObj",
            "sorted", "distinct", "peek", "boxed", "parallel", "sequential", "unordered");

    @Override
    protected void refine(Expression condition, boolean outcome) {
        Expression test = NullnessFlow.unwrap(condition);
        if (test instanceof UnaryExpr unary && unary.getOperator() == UnaryExpr.Operator.LOGICAL_COMPLEMENT) {
            refine(unary.getExpression(), !outcome);
            return;
        }
        if (branchy) {
            String atom = atoms.computeIfAbsent(test, t -> new String[2])[outcome ? 1 : 0];
            if (atom == null) {
                atom = NullnessFlow.atom(test, outcome);
                atoms.get(test)[outcome ? 1 : 0] = atom;
            }
            for (Implied implied : List.copyOf(state.implied)) {
                if (implied.atom().equals(atom)) {
                    state.present.add(implied.place()); // the path that left it unchecked is not this one
                }
            }
            if (state.taken.size() < MAX_FACTS) {
                state.taken.add(atom);
            }
        }
        if (test instanceof com.github.javaparser.ast.expr.BinaryExpr sized) {
            NullnessFlow.nonEmpty(sized, outcome).flatMap(OptionalFlow::nonEmpty).ifPresent(state.present::add);
        }
        if (test instanceof MethodCallExpr empty && !outcome && empty.getNameAsString().equals("isEmpty")
                && empty.getArguments().isEmpty()) {
            empty.getScope().flatMap(AccessPath::of).flatMap(OptionalFlow::nonEmpty).ifPresent(state.present::add);
        }
        if (!(test instanceof MethodCallExpr call) || call.getScope().isEmpty() || !call.getArguments().isEmpty()) {
            return;
        }
        boolean present = call.getNameAsString().equals("isPresent") && outcome
                || call.getNameAsString().equals("isEmpty") && !outcome;
        if (present) {
            place(call.getScope().get()).ifPresent(state.present::add);
        }
    }

    /** The place an Optional is read from: a variable or field, or a getter of one ({@code order.getCoupon()}). */
    private static Optional<AccessPath> place(Expression receiver) {
        Expression inner = NullnessFlow.unwrap(receiver);
        if (inner instanceof MethodCallExpr getter) {
            // a getter without arguments; a lookup such as findById(1L) returns a new Optional each time
            return getter.getArguments().isEmpty() ? NullnessFlow.callPlace(getter) : Optional.empty();
        }
        return AccessPath.of(inner);
    }

    /** Whether the receiver of a {@code get()} is an Optional: by its declaration, the call that makes it, or the solver. */
    private boolean isOptional(Expression receiver) {
        return optionals.computeIfAbsent(receiver, key -> decideOptional(NullnessFlow.unwrap(receiver), 0));
    }

    private boolean decideOptional(Expression receiver, int depth) {
        if (depth > 4) {
            return false;
        }
        if (receiver instanceof MethodCallExpr call) {
            Optional<Boolean> known = knownCall(call);
            if (known.isPresent()) {
                return known.get();
            }
        }
        Optional<Scopes.Declaration> declaration = DeclaredTypes.declaration(receiver);
        if (declaration.isPresent() && declaration.get().writtenType().isEmpty()) {
            Optional<Expression> initializer = declaration.get().declarator().flatMap(d -> d.getInitializer());
            if (initializer.isPresent()) {
                return decideOptional(NullnessFlow.unwrap(initializer.get()), depth + 1);
            }
        }
        return OPTIONALS.matches(receiver, context);
    }

    /** A helper of this class that throws when its boolean argument {@code index} is false: {@code assertPresent(opt.isPresent())}. */
    private static boolean assertsArgument(MethodCallExpr call, int index) {
        if (call.getScope().isPresent() && !call.getScope().get().isThisExpr()) {
            return false;
        }
        return DeclaredTypes.declaringTypeAround(call).flatMap(type -> DeclaredTypes.method(type, call))
                .filter(method -> method.getBody().isPresent())
                .filter(method -> Checks.assertsTrue(method, index)).isPresent();
    }

    /** A method of another scanned class, named by the receiver's written type or a supertype, declared to return an Optional. */
    private boolean declaredOptional(MethodCallExpr call) {
        if (call.getScope().isEmpty() || call.getScope().get().isThisExpr()) {
            return false; // DeclaredTypes.returnTypeOf answered for this class
        }
        String key = call.getNameAsString() + "/" + call.getArguments().size();
        Optional<ScannedType> type = DeclaredTypes.writtenTypeOf(call.getScope().get())
                .flatMap(written -> context.project().type(written, call));
        for (int depth = 0; type.isPresent() && depth < 4; depth++) {
            ScannedType owner = type.get();
            boolean declared = context.project().facts(OptionalMethods.KIND, owner)
                    .map(all -> all.getOrDefault(owner.qualifiedName(), Set.of()).contains(key)).orElse(false);
            if (declared) {
                return true;
            }
            type = owner.supertypes().stream().map(s -> context.project().type(s, owner))
                    .flatMap(Optional::stream).findFirst();
        }
        return false;
    }

    /** A variable declared as a map, list or cache whose last type argument is an Optional. */
    private static boolean valuesAreOptional(Expression container) {
        return DeclaredTypes.of(container).filter(Type::isClassOrInterfaceType)
                .flatMap(type -> type.asClassOrInterfaceType().getTypeArguments())
                .filter(arguments -> !arguments.isEmpty())
                .map(arguments -> arguments.get(arguments.size() - 1))
                .filter(Type::isClassOrInterfaceType)
                .filter(value -> value.asClassOrInterfaceType().getNameAsString().startsWith("Optional"))
                .isPresent();
    }

    /** What the syntax tells of a call's result: a stream's Optional, a repository's findById, a method declared so. */
    private Optional<Boolean> knownCall(MethodCallExpr call) {
        String name = call.getNameAsString();
        if (STREAM_RESULTS.contains(name) && Chains.calls(call).stream()
                .anyMatch(link -> STREAMS.contains(link.getNameAsString()))) {
            return Optional.of(true);
        }
        if (call.getScope().filter(scope -> scope.toString().equals("Optional")).isPresent()) {
            return Optional.of(true);
        }
        if ((name.equals("get") || name.equals("getOrDefault") || name.equals("remove")) && call.getScope().isPresent()
                && valuesAreOptional(call.getScope().get())) {
            return Optional.of(true); // Map<K, Optional<V>>.get(k)
        }
        Optional<Type> returned = DeclaredTypes.returnTypeOf(call);
        if (returned.isPresent()) {
            return Optional.of(OPTIONALS.matchesWritten(returned.get(), context));
        }
        if (declaredOptional(call)) {
            return Optional.of(true);
        }
        if (REPOSITORY_OPTIONALS.contains(name) && call.getScope().isPresent()) {
            Optional<ScannedType> type = DeclaredTypes.writtenTypeOf(call.getScope().get())
                    .flatMap(written -> context.project().type(written, call));
            if (type.isPresent() && type.get().supertypes().stream()
                    .anyMatch(supertype -> NullSources.REPOSITORIES.contains(
                            supertype.substring(supertype.lastIndexOf('.') + 1)))) {
                return Optional.of(true);
            }
        }
        return Optional.empty();
    }
}
