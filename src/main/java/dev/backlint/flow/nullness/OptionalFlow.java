package dev.backlint.flow.nullness;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.InstanceOfExpr;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.LiteralExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.TypePatternExpr;
import com.github.javaparser.ast.expr.UnaryExpr;
import com.github.javaparser.ast.expr.VariableDeclarationExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import com.github.javaparser.ast.stmt.IfStmt;
import com.github.javaparser.ast.stmt.ReturnStmt;
import com.github.javaparser.ast.stmt.Statement;
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
import java.util.TreeSet;
import java.util.regex.Pattern;

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
    /** The getters of Optional and its primitive variants. */
    static final Set<String> GETTERS = Set.of("get", "getAsInt", "getAsLong", "getAsDouble");
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
        this.branchy = body.node().findAll(IfStmt.class).size() > 1
                && body.node().findFirst(MethodCallExpr.class, call -> call.getArguments().isEmpty()
                && (call.getNameAsString().equals("isPresent") || call.getNameAsString().equals("isEmpty"))).isPresent();
    }

    /** Whether the body may tie a check to a later test (see the constructor). */
    private final boolean branchy;
    /** The text of each test with each outcome, made once. */
    private final Map<Expression, String[]> atoms = new IdentityHashMap<>();

    /**
     * Whether a call may be an Optional's {@code get()} (or {@code getAsInt()}, …): the free
     * first test, from the syntax alone. A receiver declared with another type
     * ({@code Supplier<T> s}) rules it out.
     */
    static boolean mayBeGet(MethodCallExpr call) {
        return GETTERS.contains(call.getNameAsString()) && call.getArguments().isEmpty() && call.getScope().isPresent()
                && !declaredOtherwise(call.getScope().get());
    }

    /**
     * Whether the receiver of a {@code get()} is a variable declared with a type other than
     * an Optional ({@code Supplier<T> s}, {@code AtomicReference<T> ref}): its get is no
     * Optional's, and the body need not be walked for it.
     */
    private static boolean declaredOtherwise(com.github.javaparser.ast.expr.Expression scope) {
        Optional<Scopes.Declaration> declaration = scope instanceof com.github.javaparser.ast.expr.NameExpr name
                ? Scopes.of(name)
                : scope instanceof com.github.javaparser.ast.expr.FieldAccessExpr field
                        && field.getScope() instanceof com.github.javaparser.ast.expr.ThisExpr
                        ? Scopes.field(field, field.getNameAsString()) : Optional.empty();
        return declaration.flatMap(Scopes.Declaration::writtenType)
                .filter(type -> type.isPrimitiveType() || type.isArrayType() || type.isClassOrInterfaceType()
                        && !type.asClassOrInterfaceType().getNameAsString().startsWith("Optional"))
                .isPresent();
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
            AccessPath target = AccessPath.variable(declarator, declarator.getNameAsString());
            forget(target);
            declarator.getInitializer().ifPresent(value -> assigned(node, target, declarator.getNameAsString(), value));
        } else if (node instanceof AssignExpr assign) {
            AccessPath.of(assign.getTarget()).ifPresent(target -> {
                forget(target);
                if (assign.getOperator() == AssignExpr.Operator.ASSIGN) {
                    assigned(node, target, assign.getTarget().toString(), assign.getValue());
                }
            });
        } else if (node instanceof MethodCallExpr call && call.getScope().isPresent()) {
            String name = call.getNameAsString();
            Optional<AccessPath> place = place(call.getScope().get());
            if (GETTERS.contains(name) && call.getArguments().isEmpty()) {
                if ((place.isEmpty() || !state.present.contains(place.get())) && !fromNonEmpty(call.getScope().get())
                        && !presentByConstruction(call.getScope().get()) && !matchedBefore(call.getScope().get())
                        && !insideOwnLambda(call) && !offeredAccessor(call) && isOptional(call.getScope().get())) {
                    unchecked.add(call);
                }
                place.ifPresent(state.present::add); // had it been empty, the get would have thrown
            } else if (name.equals("orElseThrow")) {
                place.ifPresent(state.present::add);
            }
        }
        if (node instanceof MethodCallExpr call) {
            for (int i = 0; i < call.getArguments().size(); i++) {
                if (NullnessFlow.mayTest(call.getArgument(i)) && (assertsArgument(call, i) || i == 0 && assertsCondition(call))) {
                    refine(call.getArgument(i), true); // assertPresent(opt.isPresent(), ..)
                }
            }
        }
    }

    /**
     * A place takes a value: present when the value cannot be empty ({@code Optional.of(x)},
     * {@code Optional.ofNullable(new Foo())}); tied to a twin when the statement before gave
     * another place the same lookup ({@code a = handler.find(name); b = handler.find(name);}):
     * where one is found present, so is the other.
     */
    private void assigned(Node node, AccessPath target, String written, Expression value) {
        if (presentByConstruction(value)) {
            state.present.add(target);
            return;
        }
        Expression inner = NullnessFlow.unwrap(value);
        if (!(inner instanceof MethodCallExpr lookup) || CHANGING.contains(lookup.getNameAsString())
                || state.implied.size() + 4 > MAX_FACTS) {
            return;
        }
        twin(node, inner.toString()).filter(other -> !other.place().equals(target)).ifPresent(other -> {
            state.implied.add(new Implied("+" + other.written() + ".isPresent()", target));
            state.implied.add(new Implied("-" + other.written() + ".isEmpty()", target));
            state.implied.add(new Implied("+" + written + ".isPresent()", other.place()));
            state.implied.add(new Implied("-" + written + ".isEmpty()", other.place()));
        });
    }

    /** Calls that return something new each time: two in a row are not the same lookup. */
    private static final Set<String> CHANGING = Set.of("next", "poll", "pop", "take", "remove", "read", "readLine",
            "nextInt", "nextLong", "random", "now", "generate", "create", "newInstance");

    /** A place given a value, and how the code writes it. */
    private record Written(AccessPath place, String written) {
    }

    /** The place the statement just before the one of {@code node} gave the value {@code text}, if it did. */
    private static Optional<Written> twin(Node node, String text) {
        Node statement = node;
        while (statement != null && !(statement instanceof Statement)) {
            statement = statement.getParentNode().orElse(null);
        }
        if (statement == null || !(statement.getParentNode().orElse(null)
                instanceof BlockStmt block)) {
            return Optional.empty();
        }
        int at = Checks.indexOf(block, statement);
        if (at < 1 || !(block.getStatement(at - 1) instanceof ExpressionStmt before)) {
            return Optional.empty();
        }
        Expression expression = before.getExpression();
        if (expression instanceof AssignExpr assign && assign.getOperator() == AssignExpr.Operator.ASSIGN
                && NullnessFlow.unwrap(assign.getValue()).toString().equals(text)) {
            return AccessPath.of(assign.getTarget()).map(place -> new Written(place, assign.getTarget().toString()));
        }
        if (expression instanceof VariableDeclarationExpr declaration
                && declaration.getVariables().size() == 1) {
            VariableDeclarator declarator = declaration.getVariable(0);
            return declarator.getInitializer().filter(value -> NullnessFlow.unwrap(value).toString().equals(text))
                    .map(value -> new Written(AccessPath.variable(declarator, declarator.getNameAsString()),
                            declarator.getNameAsString()));
        }
        return Optional.empty();
    }

    /** {@code Optional.of(x)}, {@code Optional.ofNullable(new Foo())} or of a literal: never empty. */
    private static boolean presentByConstruction(Expression value) {
        Expression inner = NullnessFlow.unwrap(value);
        if (!(inner instanceof MethodCallExpr call) || call.getArguments().size() != 1 || call.getScope().isEmpty()
                || !OptionalMethods.isOptionalName(call.getScope().get().toString())) {
            return false;
        }
        Expression argument = NullnessFlow.unwrap(call.getArgument(0));
        return call.getNameAsString().equals("of") || call.getNameAsString().equals("ofNullable")
                && (argument instanceof ObjectCreationExpr
                || argument instanceof LiteralExpr && !argument.isNullLiteralExpr());
    }

    /**
     * {@code items.stream().filter(p).findFirst()} where a test of {@code items.stream()…anyMatch(p)}
     * held (or of {@code noneMatch(p)} failed) on every path here: the same predicate,
     * as the lambda's text with its parameter renamed, or as the same literals.
     */
    private boolean matchedBefore(Expression optional) {
        Expression inner = NullnessFlow.unwrap(optional);
        if (!(inner instanceof MethodCallExpr terminal) || !terminal.getArguments().isEmpty()
                || !terminal.getNameAsString().equals("findFirst") && !terminal.getNameAsString().equals("findAny")) {
            return false;
        }
        Optional<AccessPath> collection = streamed(terminal);
        if (collection.isEmpty()) {
            return false;
        }
        for (String key : predicateKeys(terminal)) {
            if (collection.get().field(key).filter(state.present::contains).isPresent()) {
                return true;
            }
        }
        return false;
    }

    /** The collection {@code c} of a chain {@code c.stream()…}, when it is a place. */
    private static Optional<AccessPath> streamed(MethodCallExpr last) {
        Expression step = last.getScope().orElse(null);
        while (step instanceof MethodCallExpr call && !(call.getNameAsString().equals("stream")
                && call.getArguments().isEmpty())) {
            step = call.getScope().orElse(null);
        }
        return step instanceof MethodCallExpr stream ? stream.getScope().flatMap(AccessPath::of) : Optional.empty();
    }

    /**
     * What names the predicate of a chain from {@code stream()} to {@code last}: the literals
     * its steps hold ({@code "lits:-i"}), and, when one filter or match is its only step, the
     * predicate's text ({@code "pred:_.getId() == id"}).
     */
    private static List<String> predicateKeys(MethodCallExpr last) {
        List<MethodCallExpr> steps = new ArrayList<>();
        Expression step = last;
        while (step instanceof MethodCallExpr call && !(call.getNameAsString().equals("stream")
                && call.getArguments().isEmpty())) {
            steps.add(0, call);
            step = call.getScope().orElse(null);
        }
        TreeSet<String> literals = new TreeSet<>();
        List<MethodCallExpr> predicates = new ArrayList<>();
        for (MethodCallExpr call : steps) {
            call.getArguments().forEach(argument -> argument.findAll(LiteralExpr.class)
                    .stream().filter(literal -> !literal.isNullLiteralExpr() && !literal.isBooleanLiteralExpr())
                    .forEach(literal -> literals.add(literal.toString())));
            if (!call.getArguments().isEmpty()) {
                predicates.add(call);
            }
        }
        List<String> keys = new ArrayList<>();
        if (!literals.isEmpty()) {
            keys.add("lits:" + String.join(",", literals));
        }
        if (predicates.size() == 1 && predicates.get(0).getArguments().size() == 1
                && PREDICATE_STEPS.contains(predicates.get(0).getNameAsString())) {
            Expression predicate = predicates.get(0).getArgument(0);
            if (predicate instanceof LambdaExpr lambda && lambda.getParameters().size() == 1) {
                String parameter = lambda.getParameter(0).getNameAsString();
                keys.add("pred:" + lambda.getBody().toString().replaceAll("\\b" + Pattern.quote(parameter)
                        + "\\b", "_").replaceAll("\\s+", " "));
            } else {
                keys.add("pred:" + predicate);
            }
        }
        return keys;
    }

    private static final Set<String> PREDICATE_STEPS = Set.of("filter", "anyMatch", "noneMatch");

    /** A test {@code c.stream()…anyMatch(p)} that held, or {@code noneMatch(p)} that failed: a later filter by {@code p} finds. */
    private void matched(MethodCallExpr test, boolean outcome) {
        boolean some = test.getNameAsString().equals("anyMatch") && outcome
                || test.getNameAsString().equals("noneMatch") && !outcome;
        if (!some || test.getArguments().size() != 1) {
            return;
        }
        streamed(test).ifPresent(collection -> predicateKeys(test)
                .forEach(key -> collection.field(key).ifPresent(state.present::add)));
    }

    /**
     * A test by a method of this class that answers whether its argument is empty, an
     * Optional among other kinds ({@code isEmptyPayload(payload)}: {@code payload instanceof
     * Optional<?> o} … {@code return o.isEmpty();}), found false: the argument, if it is an
     * Optional, is present.
     */
    private void notEmptyArgument(MethodCallExpr test, boolean outcome) {
        if (outcome || test.getArguments().size() != 1
                || test.getScope().isPresent() && !test.getScope().get().isThisExpr()) {
            return;
        }
        Optional<AccessPath> argument = AccessPath.of(test.getArgument(0));
        if (argument.isEmpty()) {
            return;
        }
        boolean answersEmptiness = DeclaredTypes.declaringTypeAround(test).flatMap(type -> DeclaredTypes.method(type, test))
                .filter(method -> method.getBody().isPresent() && method.getParameters().size() == 1)
                .filter(method -> emptinessOfOptional(method, method.getParameter(0).getNameAsString())).isPresent();
        if (answersEmptiness) {
            argument.get().field(OPTIONAL_PRESENT).ifPresent(state.present::add);
        }
    }

    /** The field name under which a value is kept as "present, if it is an Optional". */
    private static final String OPTIONAL_PRESENT = "?present";

    /** Whether the method returns {@code o.isEmpty()} (or {@code !o.isPresent()}) for {@code parameter instanceof Optional o}. */
    private static boolean emptinessOfOptional(MethodDeclaration method, String parameter) {
        for (InstanceOfExpr instanceOf : method.findAll(InstanceOfExpr.class)) {
            if (!(instanceOf.getExpression() instanceof NameExpr tested)
                    || !tested.getNameAsString().equals(parameter) || instanceOf.getPattern().isEmpty()
                    || !(instanceOf.getPattern().get() instanceof TypePatternExpr pattern)
                    || !OptionalMethods.isOptionalName(pattern.getType().asString())) {
                continue;
            }
            String bound = pattern.getNameAsString();
            boolean answers = method.findAll(ReturnStmt.class).stream()
                    .flatMap(returned -> returned.getExpression().stream())
                    .map(NullnessFlow::unwrap)
                    .anyMatch(returned -> returned.toString().equals(bound + ".isEmpty()")
                            || returned.toString().equals("!" + bound + ".isPresent()"));
            if (answers) {
                return true;
            }
        }
        return false;
    }

    /** {@code payload instanceof Optional<?> o} where {@code payload} was found not empty: {@code o} is present. */
    private void boundFromPresent(InstanceOfExpr test, boolean outcome) {
        if (!outcome || test.getPattern().isEmpty()
                || !(test.getPattern().get() instanceof TypePatternExpr pattern)) {
            return;
        }
        boolean present = AccessPath.of(test.getExpression()).flatMap(place -> place.field(OPTIONAL_PRESENT))
                .filter(state.present::contains).isPresent();
        if (present) {
            state.present.add(AccessPath.variable(pattern, pattern.getNameAsString()));
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
        Optional<Expression> compared = comparedWithBoolean(test);
        if (compared.isPresent()) {
            // opt.isPresent() == false: the call's outcome, told from the comparison's
            refine(compared.get(), outcome == equalsTrue(test));
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
        if (test instanceof BinaryExpr sized) {
            NullnessFlow.nonEmpty(sized, outcome).flatMap(OptionalFlow::nonEmpty).ifPresent(state.present::add);
        }
        if (test instanceof MethodCallExpr empty && !outcome && empty.getNameAsString().equals("isEmpty")
                && empty.getArguments().isEmpty()) {
            empty.getScope().flatMap(AccessPath::of).flatMap(OptionalFlow::nonEmpty).ifPresent(state.present::add);
        }
        if (test instanceof InstanceOfExpr instanceOf) {
            boundFromPresent(instanceOf, outcome);
        }
        if (test instanceof MethodCallExpr match) {
            matched(match, outcome);
            notEmptyArgument(match, outcome);
        }
        if (!(test instanceof MethodCallExpr call) || call.getScope().isEmpty() || !call.getArguments().isEmpty()) {
            return;
        }
        boolean present = call.getNameAsString().equals("isPresent") && outcome
                || call.getNameAsString().equals("isEmpty") && !outcome;
        if (present) {
            place(call.getScope().get()).ifPresent(state.present::add);
            if (NullnessFlow.unwrap(call.getScope().get()) instanceof NameExpr local) {
                // Optional<Leader> leader = election.getLeader(); if (leader.isEmpty()) return; … election.getLeader().get()
                constants().onlyValue(local).flatMap(OptionalFlow::place).ifPresent(state.present::add);
            }
        }
    }

    /** For {@code call == false}, {@code call != true} and the like: the call compared with a boolean literal. */
    private static Optional<Expression> comparedWithBoolean(Expression test) {
        if (!(test instanceof BinaryExpr binary)
                || binary.getOperator() != BinaryExpr.Operator.EQUALS
                && binary.getOperator() != BinaryExpr.Operator.NOT_EQUALS) {
            return Optional.empty();
        }
        Expression left = NullnessFlow.unwrap(binary.getLeft());
        Expression right = NullnessFlow.unwrap(binary.getRight());
        if (right.isBooleanLiteralExpr() && left instanceof MethodCallExpr) {
            return Optional.of(left);
        }
        if (left.isBooleanLiteralExpr() && right instanceof MethodCallExpr) {
            return Optional.of(right);
        }
        return Optional.empty();
    }

    /** Whether a comparison with a boolean literal holds exactly when the call returns true ({@code x == true}, {@code x != false}). */
    private static boolean equalsTrue(Expression test) {
        BinaryExpr binary = (BinaryExpr) test;
        Expression literal = NullnessFlow.unwrap(binary.getLeft()).isBooleanLiteralExpr() ? NullnessFlow.unwrap(binary.getLeft())
                : NullnessFlow.unwrap(binary.getRight());
        boolean value = literal.asBooleanLiteralExpr().getValue();
        return value == (binary.getOperator() == BinaryExpr.Operator.EQUALS);
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

    /** {@code Preconditions.checkState(opt.isPresent(), ..)}, {@code Assert.state(..)} and the like: they return only when their condition holds. */
    private static boolean assertsCondition(MethodCallExpr call) {
        return NullSources.assertsCondition(Checks.scopeName(call), call.getNameAsString());
    }

    /** Calls on an Optional whose function argument runs only when it holds a value. */
    private static final Set<String> RUN_WHEN_PRESENT = Set.of("map", "flatMap", "filter", "ifPresent", "ifPresentOrElse");

    /**
     * Whether a {@code get()} sits in a lambda given to the same Optional's {@code map},
     * {@code flatMap}, {@code filter} or {@code ifPresent} ({@code olderThan.map(v ->
     * parse(olderThan.get()))}): the lambda runs only when the Optional holds a value.
     */
    private static boolean insideOwnLambda(MethodCallExpr get) {
        String receiver = NullnessFlow.unwrap(get.getScope().get()).toString();
        for (Node child = get, parent = get.getParentNode().orElse(null); parent != null
                && !(parent instanceof CallableDeclaration);
                child = parent, parent = parent.getParentNode().orElse(null)) {
            if (child instanceof LambdaExpr && parent instanceof MethodCallExpr user
                    && RUN_WHEN_PRESENT.contains(user.getNameAsString()) && !user.getArguments().isEmpty()
                    && user.getArgument(0) == child && user.getScope().isPresent()
                    && NullnessFlow.unwrap(user.getScope().get()).toString().equals(receiver)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the {@code get()} is the whole of an accessor ({@code L getLeft() { return
     * left.get(); }}) of a class that also offers the check ({@code boolean isLeft() { return
     * left.isPresent(); }}): like {@code Optional.get()} itself, it leaves the check to its callers.
     */
    private static boolean offeredAccessor(MethodCallExpr get) {
        Optional<MethodDeclaration> accessor = get.findAncestor(
                MethodDeclaration.class);
        if (accessor.isEmpty() || accessor.get().getBody().map(b -> b.getStatements().size()).orElse(0) != 1
                || !(accessor.get().getBody().get().getStatement(0) instanceof ReturnStmt ret)
                || ret.getExpression().map(NullnessFlow::unwrap).filter(value -> value == get).isEmpty()) {
            return false;
        }
        String field = NullnessFlow.unwrap(get.getScope().get()).toString().replaceFirst("^this\\.", "");
        Optional<TypeDeclaration> type = accessor.get().findAncestor(
                TypeDeclaration.class);
        return type.isPresent() && ((TypeDeclaration<?>) type.get()).getFieldByName(field).isPresent()
                && ((TypeDeclaration<?>) type.get()).getMethods().stream().anyMatch(check ->
                check != accessor.get() && check.getType().isPrimitiveType() && check.getBody().map(b -> b.getStatements())
                .filter(statements -> statements.size() == 1 && statements.get(0) instanceof ReturnStmt r
                        && r.getExpression().map(NullnessFlow::unwrap).filter(value -> value instanceof MethodCallExpr test
                        && (test.getNameAsString().equals("isPresent") || test.getNameAsString().equals("isEmpty"))
                        && test.getScope().map(scope -> NullnessFlow.unwrap(scope).toString().replaceFirst("^this\\.", ""))
                        .filter(field::equals).isPresent()).isPresent()).isPresent());
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

    /**
     * Whether a call ends a stream pipeline: a link of the chain makes a stream
     * ({@code stream()}, {@code mapToInt}) or is named for one ({@code getRolesStream()}),
     * or the chain starts at a stream class ({@code Stream.of}, {@code IntStream.range}).
     */
    private static boolean streamChain(MethodCallExpr call) {
        List<MethodCallExpr> links = Chains.calls(call);
        for (MethodCallExpr link : links) {
            String name = link.getNameAsString();
            if (STREAMS.contains(name) || name.length() > "Stream".length() && name.endsWith("Stream")) {
                return true;
            }
        }
        return links.get(0).getScope().filter(scope -> scope instanceof NameExpr type
                && type.getNameAsString().endsWith("Stream")).isPresent();
    }

    /** What the syntax tells of a call's result: a stream's Optional, a repository's findById, a method declared so. */
    private Optional<Boolean> knownCall(MethodCallExpr call) {
        String name = call.getNameAsString();
        if (STREAM_RESULTS.contains(name) && streamChain(call)) {
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
