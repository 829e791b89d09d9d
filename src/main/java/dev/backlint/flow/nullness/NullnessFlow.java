package dev.backlint.flow.nullness;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.ConstructorDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.ArrayAccessExpr;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.CastExpr;
import com.github.javaparser.ast.expr.ClassExpr;
import com.github.javaparser.ast.expr.ConditionalExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.InstanceOfExpr;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.LiteralExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.NullLiteralExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.SwitchExpr;
import com.github.javaparser.ast.expr.UnaryExpr;
import com.github.javaparser.ast.stmt.DoStmt;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import com.github.javaparser.ast.stmt.ForEachStmt;
import com.github.javaparser.ast.stmt.ForStmt;
import com.github.javaparser.ast.stmt.IfStmt;
import com.github.javaparser.ast.stmt.ReturnStmt;
import com.github.javaparser.ast.stmt.Statement;
import com.github.javaparser.ast.stmt.SwitchEntry;
import com.github.javaparser.ast.stmt.SwitchStmt;
import com.github.javaparser.ast.stmt.SynchronizedStmt;
import com.github.javaparser.ast.stmt.ThrowStmt;
import com.github.javaparser.ast.stmt.WhileStmt;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import com.github.javaparser.ast.type.Type;
import dev.backlint.flow.AccessPath;
import dev.backlint.flow.Budget;
import dev.backlint.flow.ControlFlow;
import dev.backlint.resolve.Body;
import dev.backlint.resolve.DeclaredTypes;
import dev.backlint.resolve.Scopes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Which places may hold null along the paths of one body, and where such a place is
 * dereferenced. A place becomes maybe-null when it takes the value of a null source
 * ({@link NullOrigins}) or is a {@code @Nullable} parameter or field; it stops being so
 * where a check proves it is not null on the edge taken (comparison with null,
 * {@code instanceof}, a check method, a {@code containsKey} of the same map and key), where
 * an assertion returns, where it is given another value, and after it is dereferenced
 * (the dereference would have thrown). Unknown values are never taken as maybe-null.
 */
final class NullnessFlow extends ControlFlow<NullnessFlow.State> {

    private static final int MAX_STEPS = 60_000;
    /** The key of a {@link Present} fact that says a file is a directory. */
    private static final String DIRECTORY = "isDirectory()";
    private static final Set<String> MAP_CHANGES = Set.of("put", "putIfAbsent", "computeIfAbsent", "compute", "merge",
            "remove");

    /** A dereference of a value that may be null, with where the null comes from. */
    /**
     * A dereference found: where, of what null, and the name of the place dereferenced
     * ({@code null} for a call's result). {@code passedTo} is the call that receives the null
     * and dereferences it inside, when the dereference is there rather than here.
     */
    record Dereference(Node at, NullOrigins.Origin origin, String name, String passedTo) {
        Dereference(Node at, NullOrigins.Origin origin, String name) {
            this(at, origin, name, null);
        }
    }

    /** A key known to be in a map: the map's place and the key (its constant value, or its place). */
    record Present(AccessPath map, Object key) {
    }

    /**
     * A boolean variable that holds a test: {@code boolean found = (x != null)},
     * {@code boolean empty = (pv == null || pv.getValue() == null)}; its outcome is the
     * test's while none of the variables the test reads is given another value.
     */
    record Flag(Expression condition, Set<String> reads) {
    }

    /** A test known to hold on every path here, of two parts: {@code a || b} asserted or taken. */
    record Either(Side left, Side right, Set<String> reads) {
    }

    /**
     * One part of an {@link Either}: a test that holds ({@code test}), a place that is not
     * null ({@code place}), or a key a map holds ({@code fact}); {@code atom} is how the part
     * is told apart from its opposite.
     */
    record Side(String atom, Expression test, AccessPath place, Present fact) {
        static Side of(Expression test) {
            return new Side(NullnessFlow.atom(test, true), test, null, null);
        }

        static Side notNull(AccessPath place) {
            return new Side("-" + place + " == null", null, place, null);
        }

        /** {@code place == literal} holds (the literal's text: {@code null}, {@code -1}, {@code false}). */
        static Side equal(AccessPath place, String literal) {
            return new Side("+" + place + " == " + literal, null, null, null);
        }

        /** The map holds a value under the key. */
        static Side present(Present fact) {
            return new Side(presentAtom(fact), null, null, fact);
        }
    }

    /**
     * The places that may be null on some path here; on every path: the map keys known
     * present, the getters ({@code x.getY()}, as the place {@code x.getY()}) checked not
     * null, and the boolean variables that hold a null test.
     */
    static final class State {
        final Map<AccessPath, NullOrigins.Origin> maybeNull = new HashMap<>();
        /** Locals and parameters null on every path here: set to null, or just compared equal to it. */
        final Map<AccessPath, NullOrigins.Origin> isNull = new HashMap<>();
        final Set<Present> present = new HashSet<>();
        /** Keys a {@code containsKey} just found missing: a method of this object given the key then loads it. */
        final Set<Present> missing = new HashSet<>();
        final Set<AccessPath> checkedCalls = new HashSet<>();
        final Map<AccessPath, Flag> flags = new HashMap<>();
        final Set<Either> eithers = new HashSet<>();
        /** Locals that hold what a map holds under a key: {@code T local = map.get(key);}. */
        final Map<AccessPath, Present> lookups = new HashMap<>();
        /** Locals that hold the value of another place: {@code T local = this.field;}. */
        final Map<AccessPath, AccessPath> copies = new HashMap<>();
        /** Whether control cannot get here (after a call that never returns). */
        boolean dead;

        State copy() {
            State copy = new State();
            copy.maybeNull.putAll(maybeNull);
            copy.isNull.putAll(isNull);
            copy.present.addAll(present);
            copy.missing.addAll(missing);
            copy.checkedCalls.addAll(checkedCalls);
            copy.flags.putAll(flags);
            copy.eithers.addAll(eithers);
            copy.copies.putAll(copies);
            copy.lookups.putAll(lookups);
            copy.dead = dead;
            return copy;
        }
    }

    private final NullOrigins origins;
    private final Map<Node, Dereference> found = new IdentityHashMap<>();
    /** The names whose values can reach a dereference or a null test: see {@link NullOrigins#relevantNames}. */
    private final Set<String> relevant;

    NullnessFlow(Body body, NullOrigins origins) {
        super(body, origins.constants(), new Budget(MAX_STEPS));
        this.origins = origins;
        this.relevant = NullOrigins.relevantNames(body.node());
        this.state = new State();
        seed(body);
        if (body.node() instanceof LambdaExpr) {
            entry(body).ifPresent(outer -> {
                // what the lambda captures is what its variables held where it was created;
                // fields may have changed by the time it runs
                outer.maybeNull.keySet().removeIf(place -> place.declaration().isEmpty());
                outer.maybeNull.putAll(state.maybeNull);
                state = outer;
            });
        }
    }

    /** For a lambda, the state where it is created in the body around it (walked first). */
    private Optional<State> entry(Body lambda) {
        Optional<Body> outer = Body.enclosing(lambda.node());
        if (outer.isEmpty()) {
            return Optional.empty();
        }
        // one run of the body around serves every lambda it creates
        NullnessFlow around = origins.aroundLambdas.computeIfAbsent(outer.get().node(), node -> {
            NullnessFlow flow = new NullnessFlow(outer.get(), origins);
            List<LambdaExpr> lambdas = node.findAll(
                    LambdaExpr.class, inner -> Body.enclosing(inner)
                            .filter(found -> found.node() == node).isPresent());
            flow.run(lambdas);
            return flow;
        });
        State at = around.at(lambda.node());
        return around.complete() && at != null ? Optional.of(at.copy()) : Optional.empty();
    }

    /** The dereferences of maybe-null values, in the order met; empty past the work bound. */
    List<Dereference> dereferences() {
        run(List.of());
        if (!complete()) {
            return List.of();
        }
        List<Dereference> all = new ArrayList<>(found.values());
        List<Node> definite = all.stream().filter(d -> d.origin().definite()).map(Dereference::at).toList();
        if (definite.isEmpty()) {
            return all;
        }
        // "null on every path" was seen on the first pass through a loop: it must hold once the loop settles
        NullnessFlow again = new NullnessFlow(body(), origins);
        again.run(definite);
        if (!again.complete()) {
            return List.of();
        }
        all.removeIf(d -> d.origin().definite() && !(d.at() instanceof NullLiteralExpr)
                && !again.nullOnEveryPath(d));
        return all;
    }

    /** Whether the place a dereference reads is null on every path into it. */
    private boolean nullOnEveryPath(Dereference dereference) {
        State entry = at(dereference.at());
        return entry != null && !entry.dead && entry.isNull.keySet().stream()
                .anyMatch(place -> place.toString().equals(dereference.name()));
    }

    /**
     * {@code @Nullable} parameters of the body start out maybe-null, and so do the fields of
     * its class injected only when a bean exists (by the field or by its setter). A field declared {@code @Nullable} does
     * not: when it is set is the object's life cycle (started, configured, connected), which
     * the methods that read it know and a reading of one body cannot see.
     */
    private void seed(Body body) {
        for (Parameter parameter : body.parameters()) {
            if (NullableMembers.isNullable(parameter)) {
                state.maybeNull.put(AccessPath.variable(parameter, parameter.getNameAsString()),
                        new NullOrigins.Origin(parameter, parameter.getNameAsString(), NullableMembers.optionallyInjected(parameter)
                                ? NullableMembers.OPTIONAL_BEAN : NullableMembers.optionalRequestValue(parameter)
                                ? NullableMembers.OPTIONAL_REQUEST : NullableMembers.DECLARED, false));
            }
        }
        Optional<TypeDeclaration> type = body.node().findAncestor(TypeDeclaration.class);
        // a lambda runs later, when nobody can tell what the fields hold: they are not followed there
        if (type.isPresent() && !(body.node() instanceof ConstructorDeclaration)
                && !(body.node() instanceof LambdaExpr)) {
            Set<String> optional = origins.nullableFieldsAround(body);
            for (FieldDeclaration field : optional.isEmpty() ? List.<FieldDeclaration>of() : ((TypeDeclaration<?>) type.get()).getFields()) {
                if (!field.isStatic() && optional.contains(field.getVariable(0).getNameAsString())) {
                    for (VariableDeclarator variable : field.getVariables()) {
                        state.maybeNull.put(AccessPath.thisField(variable.getNameAsString()), new NullOrigins.Origin(
                                variable, variable.getNameAsString(), NullableMembers.OPTIONAL_BEAN, false));
                    }
                }
            }
        }
    }

    @Override
    protected State copy(State from) {
        return from.copy();
    }

    @Override
    protected State join(State a, State b) {
        if (a.dead || b.dead) {
            return (a.dead ? b : a).copy();
        }
        State joined = a.copy();
        b.maybeNull.forEach(joined.maybeNull::putIfAbsent);
        joined.isNull.keySet().retainAll(b.isNull.keySet());
        joined.present.retainAll(b.present);
        joined.missing.retainAll(b.missing);
        joined.checkedCalls.retainAll(b.checkedCalls);
        joined.flags.entrySet().removeIf(flag -> !flag.getValue().equals(b.flags.get(flag.getKey())));
        // a two-part test holds where one path knows it and the other proves one of its parts
        joined.eithers.removeIf(either -> !b.eithers.contains(either) && !proves(b, either));
        b.eithers.stream().filter(either -> !a.eithers.contains(either) && proves(a, either)).forEach(joined.eithers::add);
        // one path knows p is not null, the other knows q is not null: on every path, one of them is not
        List<AccessPath> onlyInB = unproven(b, a);
        List<AccessPath> onlyInA = unproven(a, b);
        for (AccessPath p : onlyInB) {
            for (AccessPath q : onlyInA) {
                if (joined.eithers.size() < 16) {
                    joined.eithers.add(new Either(Side.notNull(p), Side.notNull(q), Set.copyOf(List.of(rootName(p), rootName(q)))));
                }
            }
        }
        // one path knows a map holds one key, the other another: on every path, one of them is held
        List<Present> heldInA = a.present.stream().filter(f -> !b.present.contains(f)
                && !f.key().equals(DIRECTORY)).limit(3).toList();
        List<Present> heldInB = b.present.stream().filter(f -> !a.present.contains(f)
                && !f.key().equals(DIRECTORY)).limit(3).toList();
        for (Present p : heldInA) {
            for (Present q : heldInB) {
                if (joined.eithers.size() < 16) {
                    joined.eithers.add(new Either(Side.present(p), Side.present(q), Set.copyOf(List.of(rootName(p.map()),
                            rootName(q.map()), keyName(p), keyName(q)))));
                }
            }
        }
        // one path knows p is not null, the other knows x is null: where x is not null, p is not
        implied(joined, b, a, onlyInB);
        implied(joined, a, b, onlyInA);
        joined.copies.entrySet().removeIf(copy -> !copy.getValue().equals(b.copies.get(copy.getKey())));
        joined.lookups.entrySet().removeIf(lookup -> !lookup.getValue().equals(b.lookups.get(lookup.getKey())));
        return joined;
    }

    /** For each variable null on {@code nullPath}, each place that may be null only there: tied to it. */
    /**
     * Up to three places that {@code in} does not prove not null (maybe null, or null) and
     * {@code other} does: {@code user} left null on the path that found a duplicate, and
     * given an account on the others.
     */
    private static List<AccessPath> unproven(State in, State other) {
        return Stream.concat(in.maybeNull.keySet().stream(), in.isNull.keySet().stream()).distinct()
                .filter(p -> !other.maybeNull.containsKey(p) && !other.isNull.containsKey(p)).limit(3).toList();
    }

    private static void implied(State joined, State nullPath, State other, List<AccessPath> maybeNullOnlyThere) {
        for (AccessPath variable : nullPath.isNull.keySet()) {
            if (other.isNull.containsKey(variable)) {
                continue;
            }
            for (AccessPath place : maybeNullOnlyThere) {
                if (joined.eithers.size() < 16 && !place.equals(variable)) {
                    joined.eithers.add(new Either(Side.equal(variable, "null"), Side.notNull(place),
                            Set.copyOf(List.of(rootName(variable), rootName(place)))));
                }
            }
        }
    }

    private static String presentAtom(Present fact) {
        return "present " + fact.map() + " " + fact.key();
    }

    /** The variable a key is read from, or the key's text when it is a constant. */
    private static String keyName(Present fact) {
        return fact.key() instanceof AccessPath key ? rootName(key) : String.valueOf(fact.key());
    }

    /** Whether a state proves one part of a two-part test: a place not null, or a variable null. */
    private static boolean proves(State state, Either either) {
        return proves(state, either.left()) || proves(state, either.right());
    }

    private static boolean proves(State state, Side side) {
        if (side.fact() != null) {
            return state.present.contains(side.fact());
        }
        if (side.place() != null) {
            return !state.maybeNull.containsKey(side.place()) && !state.isNull.containsKey(side.place());
        }
        return side.atom().endsWith(" == null")
                && state.isNull.keySet().stream().anyMatch(place -> side.atom().equals("+" + place + " == null"));
    }

    @Override
    protected boolean same(State a, State b) {
        return a.dead == b.dead && a.maybeNull.keySet().equals(b.maybeNull.keySet())
                && a.isNull.keySet().equals(b.isNull.keySet()) && a.present.equals(b.present) && a.missing.equals(b.missing)
                && a.checkedCalls.equals(b.checkedCalls) && a.flags.equals(b.flags) && a.eithers.equals(b.eithers)
                && a.copies.equals(b.copies) && a.lookups.equals(b.lookups);
    }

    @Override
    protected void effect(Node node) {
        if (state.dead) {
            return;
        }
        if (node instanceof Expression expression) {
            dereferenced(expression);
        }
        if (node instanceof VariableDeclarator declarator && declarator.getInitializer().isPresent()) {
            AccessPath target = AccessPath.variable(declarator, declarator.getNameAsString());
            assign(target, declarator.getType().isPrimitiveType() ? null : declarator.getInitializer().get());
            remember(target, declarator.getInitializer().get());
        } else if (node instanceof AssignExpr assign && assign.getOperator() == AssignExpr.Operator.ASSIGN) {
            boolean primitive = DeclaredTypes.of(assign.getTarget()).filter(t -> t.isPrimitiveType()).isPresent();
            AccessPath.of(assign.getTarget()).ifPresent(target -> {
                assign(target, primitive ? null : assign.getValue());
                remember(target, assign.getValue());
            });
        } else if (node instanceof MethodCallExpr call) {
            called(call);
        }
    }

    /**
     * A place takes a value ({@code null} for one that cannot be null, a primitive):
     * maybe-null if the value is, else not; what was known of it as a map or key goes.
     */
    private void assign(AccessPath target, Expression value) {
        Optional<NullOrigins.Origin> origin = value == null || !relevant.contains(rootName(target)) ? Optional.empty()
                : valueOrigin(value);
        NullOrigins.Origin isNull = value == null || !target.isVariable() && !target.isFieldOfThis() ? null : nullValue(target, value);
        if (isNull != null) {
            state.isNull.put(target, isNull);
        } else {
            state.isNull.remove(target);
        }
        if (origin.isPresent()) {
            state.maybeNull.put(target, origin.get());
        } else {
            state.maybeNull.remove(target);
        }
        state.present.removeIf(fact -> fact.map().equals(target) || target.equals(fact.key()));
        state.missing.removeIf(fact -> fact.map().equals(target) || target.equals(fact.key()));
        state.present.removeIf(fact -> fact.key() instanceof AccessPath key && target.isPrefixOf(key));
        state.checkedCalls.removeIf(target::isPrefixOf);
        String name = rootName(target);
        // a call or key that reads the variable is not the one checked any more
        state.checkedCalls.removeIf(place -> mentions(place, name));
        state.present.removeIf(fact -> !(fact.key() instanceof AccessPath) && mentions(fact.key(), name)
                || fact.key() instanceof AccessPath key && key.toString().contains("(") && mentions(key, name));
        state.missing.removeIf(fact -> mentions(fact.key(), name));
        state.flags.entrySet().removeIf(flag -> flag.getKey().equals(target) || flag.getValue().reads().contains(name));
        state.eithers.removeIf(either -> either.reads().contains(name));
        state.copies.entrySet().removeIf(copy -> copy.getKey().equals(target) || target.isPrefixOf(copy.getValue()));
        state.lookups.entrySet().removeIf(lookup -> lookup.getKey().equals(target) || lookup.getValue().map().equals(target)
                || target.equals(lookup.getValue().key()));
    }

    /** The null a variable takes from {@code null}, or from another variable null here; {@code null} if none. */
    private NullOrigins.Origin nullValue(AccessPath target, Expression value) {
        Expression inner = unwrap(value);
        if (inner.isNullLiteralExpr()) {
            return new NullOrigins.Origin(inner, target.toString(), "it is set to null here", false, true);
        }
        if (inner instanceof NameExpr && !state.isNull.isEmpty()) {
            return AccessPath.of(inner).map(state.isNull::get).orElse(null);
        }
        return null;
    }

    /** The first name of a place: the variable, or the field of {@code this}. */
    static String rootName(AccessPath place) {
        String text = place.toString();
        if (text.startsWith("this.")) {
            text = text.substring("this.".length());
        }
        int dot = text.indexOf('.');
        return dot < 0 ? text : text.substring(0, dot);
    }

    /** The names a test reads: its variables and the fields of {@code this} it names. */
    private static Set<String> reads(Expression test) {
        Set<String> names = new HashSet<>();
        test.walk(NameExpr.class, name -> names.add(name.getNameAsString()));
        test.walk(FieldAccessExpr.class, access -> {
            if (access.getScope().isThisExpr()) {
                names.add(access.getNameAsString());
            }
        });
        return names;
    }

    /**
     * What a local's new value tells besides its nullness: a boolean that holds a test, or
     * a copy of another place ({@code T local = this.field}).
     */
    private void remember(AccessPath target, Expression value) {
        Expression inner = unwrap(value);
        if (isTest(inner)) {
            Set<String> reads = reads(inner);
            if (!reads.contains(rootName(target)) && reads.size() <= 8) {
                state.flags.put(target, new Flag(inner, reads));
            }
        } else if (target.isVariable() && (inner instanceof NameExpr || inner instanceof FieldAccessExpr)) {
            AccessPath.of(inner).filter(source -> !source.equals(target)).ifPresent(source -> state.copies.put(target, source));
        } else if (target.isVariable() && inner instanceof MethodCallExpr get && get.getNameAsString().equals("get")
                && get.getArguments().size() == 1 && get.getScope().isPresent()) {
            Optional<AccessPath> map = mapPlace(get.getScope().get());
            Optional<Object> key = keyOf(get.getArgument(0));
            if (map.isPresent() && key.isPresent()) {
                state.lookups.put(target, new Present(map.get(), key.get()));
            }
        } else if (target.isVariable() && inner instanceof ConditionalExpr conditional && !state.maybeNull.isEmpty()) {
            tiedByConditional(target, conditional);
        }
        if (target.isVariable() && inner instanceof MethodCallExpr call && !state.maybeNull.isEmpty()
                && call.getArguments().stream().anyMatch(this::maybeNullPlace)) {
            origins.nullIfNull(call).filter(i -> i < call.getArguments().size())
                    .flatMap(i -> AccessPath.of(unwrap(call.getArgument(i))))
                    .filter(state.maybeNull::containsKey)
                    .ifPresent(argument -> tie(target, "null", argument));
        }
    }

    /**
     * {@code pos = (raw != null ? raw.indexOf(',') : -1)}, {@code m = (x != null ? x.m : null)}:
     * where the variable is not the literal arm, the test held, and what it proves holds too.
     */
    private void tiedByConditional(AccessPath target, ConditionalExpr conditional) {
        Expression then = unwrap(conditional.getThenExpr());
        Expression otherwise = unwrap(conditional.getElseExpr());
        boolean literalThen = isLiteral(then);
        if (literalThen == isLiteral(otherwise)) {
            return;
        }
        State saved = state;
        state = saved.copy();
        refineWhole(conditional.getCondition(), literalThen ? false : true);
        List<AccessPath> proven = saved.maybeNull.keySet().stream().filter(place -> !state.maybeNull.containsKey(place))
                .limit(2).toList();
        state = saved;
        String literal = (literalThen ? then : otherwise).toString();
        proven.forEach(place -> tie(target, literal, place));
    }

    /** Where {@code variable} is not {@code literal}, {@code place} is not null. */
    private void tie(AccessPath variable, String literal, AccessPath place) {
        if (state.eithers.size() < 16 && !place.equals(variable)) {
            state.eithers.add(new Either(Side.equal(variable, literal), Side.notNull(place),
                    Set.copyOf(List.of(rootName(variable), rootName(place)))));
        }
    }

    /** {@code null}, a number (also negative), a boolean or a character. */
    private static boolean isLiteral(Expression expression) {
        return expression.isNullLiteralExpr() || expression.isBooleanLiteralExpr() || isPrimitiveLiteral(expression)
                && !expression.isCharLiteralExpr();
    }

    /** Whether an expression is a boolean test worth keeping in a flag. */
    private static boolean isTest(Expression inner) {
        if (inner instanceof BinaryExpr binary) {
            return switch (binary.getOperator()) {
                case EQUALS, NOT_EQUALS -> Checks.comparedWithNull(binary).isPresent();
                case AND, OR -> isTest(unwrap(binary.getLeft())) || isTest(unwrap(binary.getRight()));
                default -> false;
            };
        }
        if (inner instanceof UnaryExpr unary && unary.getOperator() == UnaryExpr.Operator.LOGICAL_COMPLEMENT) {
            return isTest(unwrap(unary.getExpression()));
        }
        return inner instanceof InstanceOfExpr || inner instanceof MethodCallExpr call && !call.getArguments().isEmpty()
                && !call.getNameAsString().startsWith("get");
    }

    /** Where a map is held: a place, or a getter of one ({@code annotation.getElementValues()}). */
    static Optional<AccessPath> mapPlace(Expression map) {
        Expression inner = unwrap(map);
        return inner instanceof MethodCallExpr getter ? callPlace(getter) : AccessPath.of(inner);
    }

    /** The place a getter's result stands for: {@code x.getY()} for a call without arguments on a place or this. */
    static Optional<AccessPath> callPlace(MethodCallExpr call) {
        if (!call.getArguments().stream().allMatch(NullnessFlow::fixedArgument)) {
            return Optional.empty();
        }
        StringBuilder text = new StringBuilder(call.getNameAsString()).append('(');
        for (int i = 0; i < call.getArguments().size(); i++) {
            text.append(i == 0 ? "" : ", ").append(unwrap(call.getArgument(i)));
        }
        String name = text.append(')').toString();
        if (call.getScope().isEmpty() || call.getScope().get().isThisExpr()) {
            return Optional.of(AccessPath.thisField(name));
        }
        Expression scope = unwrap(call.getScope().get());
        if (!call.getArguments().isEmpty() && scope instanceof NameExpr type
                && Character.isUpperCase(type.getNameAsString().charAt(0))
                && Scopes.of(type).isEmpty()) {
            // a static call with fixed arguments, System.getProperty(KEY): its answer, tested once, holds after
            return Optional.of(AccessPath.thisField(type.getNameAsString() + "." + name));
        }
        return receiverPlace(call.getScope().get()).flatMap(place -> place.field(name));
    }

    /**
     * The place a call's receiver names: as {@link AccessPath#of} finds it, or, for a
     * lower-case name this file declares nowhere, the field of {@code this} it must be
     * (inherited from a superclass of another file: {@code authenticationSession}).
     */
    static Optional<AccessPath> receiverPlace(Expression receiver) {
        Optional<AccessPath> place = AccessPath.of(receiver);
        Expression inner = unwrap(receiver);
        if (place.isPresent() || !(inner instanceof NameExpr name)
                || !Character.isLowerCase(name.getNameAsString().charAt(0))
                || Scopes.of(name).isPresent()) {
            return place;
        }
        return Optional.of(AccessPath.thisField(name.getNameAsString()));
    }

    /** A literal, or a constant named in capitals ({@code "X-Forwarded-For"}, {@code HEADER}, {@code Keys.TENANT}). */
    private static boolean fixedArgument(Expression argument) {
        Expression inner = unwrap(argument);
        if (inner instanceof LiteralExpr) {
            return !inner.isNullLiteralExpr();
        }
        // a variable: what was checked goes when it is given another value (see assign)
        return inner instanceof NameExpr || inner instanceof FieldAccessExpr access
                && (access.getScope().isThisExpr() || access.getScope() instanceof NameExpr);
    }

    /** Whether the text of a place or key names the variable. */
    static boolean mentions(Object placeOrKey, String name) {
        String text = String.valueOf(placeOrKey);
        int at = text.indexOf(name);
        while (at >= 0) {
            boolean before = at == 0 || !Character.isJavaIdentifierPart(text.charAt(at - 1));
            int end = at + name.length();
            boolean after = end == text.length() || !Character.isJavaIdentifierPart(text.charAt(end));
            if (before && after) {
                return true;
            }
            at = text.indexOf(name, at + 1);
        }
        return false;
    }

    /** Where the value of an expression may be null from, when it may be. */
    private Optional<NullOrigins.Origin> valueOrigin(Expression value) {
        Expression inner = unwrap(value);
        if (inner instanceof NameExpr || inner instanceof FieldAccessExpr) {
            if (state.maybeNull.isEmpty()) {
                return Optional.empty();
            }
            return AccessPath.of(inner).map(state.maybeNull::get);
        }
        if (inner instanceof ConditionalExpr conditional) {
            Optional<NullOrigins.Origin> then = armOrigin(conditional, true);
            return then.isPresent() ? then : armOrigin(conditional, false);
        }
        if (inner instanceof MethodCallExpr call) {
            return sourceOf(call);
        }
        return Optional.empty();
    }

    /**
     * Where an arm of a conditional may be null from, in the state its test leaves:
     * {@code x != null ? x : …}, {@code hasText(x) ? x : …}, {@code t.getCharset() != null ?
     * t.getCharset() : …}, {@code map.containsKey(k) ? map.get(k) : …}.
     */
    private Optional<NullOrigins.Origin> armOrigin(ConditionalExpr conditional, boolean then) {
        State saved = state;
        state = saved.copy();
        try {
            refineWhole(conditional.getCondition(), then);
            return valueOrigin(then ? conditional.getThenExpr() : conditional.getElseExpr());
        } finally {
            state = saved;
        }
    }

    /**
     * Whether {@code map.get(key)} reads a key known to be there on every path here; with
     * no key, whether the getter call {@code map} was checked not null.
     */
    private boolean knownPresent(Expression map, Expression key) {
        if (key == NullOrigins.DIRECTORY) {
            return AccessPath.of(unwrap(map)).filter(place -> state.present.contains(new Present(place, DIRECTORY)))
                    .isPresent();
        }
        if (key == null) {
            return map instanceof MethodCallExpr call
                    && callPlace(call).filter(state.checkedCalls::contains).isPresent();
        }
        Optional<AccessPath> place = mapPlace(map);
        Optional<Object> known = keyOf(key);
        return place.isPresent() && known.isPresent() && state.present.contains(new Present(place.get(), known.get()));
    }

    private Optional<Object> keyOf(Expression key) {
        Optional<Object> value = constants().value(key);
        if (value.isPresent()) {
            return Optional.of("=" + value.get());
        }
        Expression inner = unwrap(key);
        if (inner instanceof MethodCallExpr getter) {
            Optional<AccessPath> place = callPlace(getter); // map.containsKey(x.getId()) … map.get(x.getId())
            if (place.isPresent()) {
                return place.map(Object.class::cast);
            }
        }
        Optional<AccessPath> place = AccessPath.of(key);
        if (place.isPresent()) {
            return place.map(Object.class::cast);
        }
        // segment[1], parts[0].trim(): the same text, while none of its variables changes
        return plainKey(inner) ? Optional.of("text:" + inner) : Optional.empty();
    }

    /** Names, fields, array elements at a literal or variable index, and calls of these with such arguments. */
    private static boolean plainKey(Expression key) {
        Expression inner = unwrap(key);
        if (inner instanceof NameExpr || inner instanceof LiteralExpr) {
            return true;
        }
        if (inner instanceof FieldAccessExpr access) {
            return plainKey(access.getScope());
        }
        if (inner instanceof ArrayAccessExpr element) {
            return plainKey(element.getName()) && plainKey(element.getIndex());
        }
        if (inner instanceof BinaryExpr joined && joined.getOperator() == BinaryExpr.Operator.PLUS) {
            return plainKey(joined.getLeft()) && plainKey(joined.getRight()); // prefix + "." + name
        }
        if (inner instanceof MethodCallExpr call) {
            return call.getScope().filter(NullnessFlow::plainKey).isPresent()
                    && call.getArguments().stream().allMatch(NullnessFlow::plainKey);
        }
        return false;
    }

    /** A call that asserts, checks through a helper, fills a map, or may change this object's fields. */
    private void called(MethodCallExpr call) {
        if (origins.neverReturns(call)) {
            state.maybeNull.clear();
            state.dead = true;
            return;
        }
        if (!state.isNull.isEmpty()) {
            origins.fieldDereferencedOnEntry(call).ifPresent(field -> fieldPassed(call, field));
        }
        if (origins.assertsNonNull(call)) {
            // the value may come first (requireNonNull(x, msg)) or last (assertNotNull(msg, x))
            call.getArguments().forEach(argument -> {
                if (!(unwrap(argument) instanceof LiteralExpr)) {
                    notNull(argument);
                }
            });
        }
        if (origins.assertsCondition(call)) {
            // the condition comes first (Assert.state(c, msg)) or last (assertTrue(msg, c))
            call.getArguments().stream().filter(NullnessFlow::mayTest).forEach(this::assume);
        }
        for (int i = 0; i < call.getArguments().size(); i++) {
            if (mayTest(call.getArgument(i)) && origins.assertsArgument(call, i)) {
                assume(call.getArgument(i));
            }
        }
        Optional<AccessPath> receiver = call.getScope().flatMap(NullnessFlow::mapPlace);
        String name = call.getNameAsString();
        if (receiver.isPresent() && !call.getArguments().isEmpty() && MAP_CHANGES.contains(name)) {
            Optional<Object> key = keyOf(call.getArgument(0));
            if (key.isPresent() && name.equals("remove")) {
                state.present.remove(new Present(receiver.get(), key.get()));
            } else if (key.isPresent()) {
                state.present.add(new Present(receiver.get(), key.get()));
            }
        }
        if (!state.missing.isEmpty() && (call.getScope().isEmpty() || call.getScope().get().isThisExpr())) {
            // if (!cache.containsKey(lang)) loadLicenses(lang): the method loads what it is given
            for (Expression argument : call.getArguments()) {
                keyOf(argument).ifPresent(key -> state.missing.removeIf(fact -> {
                    if (fact.key().equals(key)) {
                        state.present.add(fact);
                        return true;
                    }
                    return false;
                }));
            }
        }
        if (call.getScope().isEmpty() || call.getScope().get().isThisExpr()) {
            // a method of this object may set its fields: what was known of them is gone
            state.maybeNull.keySet().removeIf(place -> place.declaration().isEmpty());
            state.isNull.keySet().removeIf(AccessPath::isFieldOfThis);
        }
        if (call.getScope().isEmpty() || call.getScope().get().isThisExpr()) {
            state.copies.values().removeIf(place -> place.declaration().isEmpty());
        }
        if (receiver.isPresent() && name.equals("clear")) {
            state.present.removeIf(fact -> fact.map().equals(receiver.get()));
        }
        for (int i = 0; i < call.getArguments().size() && !state.maybeNull.isEmpty(); i++) {
            if (maybeNullPlace(call.getArgument(i)) && origins.ensures(call, i)) {
                notNull(call.getArgument(i));
            }
        }
        passedNull(call);
    }

    /**
     * A null passed, on every path, to a parameter the called method dereferences on entry:
     * {@code badSink(data)} with {@code data = null}, {@code format(null)}.
     */
    private void passedNull(MethodCallExpr call) {
        // a value only maybe null counts where the method that runs is known: this class's, a new object's, a static one
        boolean ownCall = call.getScope().isEmpty() || call.getScope().get().isThisExpr() || origins.runsKnownMethod(call);
        boolean maybeHostile = NullOrigins.mayRejectNull(call);
        Optional<String> hostile = null; // asked only where a first argument may be null: it may cost the solver
        boolean throwsHere = false;
        for (int i = 0; i < call.getArguments().size(); i++) {
            Expression argument = unwrap(call.getArgument(i));
            boolean throwsIfNull = maybeHostile && i == 0;
            boolean maybe = ownCall || throwsIfNull; // a value only maybe null counts for these calls alone
            NullOrigins.Origin origin = null;
            String name = null;
            if (argument.isNullLiteralExpr()) {
                origin = new NullOrigins.Origin(argument, "null", "null is passed here", false, true);
            } else if ((argument instanceof NameExpr || argument instanceof FieldAccessExpr)
                    && !(state.isNull.isEmpty() && (state.maybeNull.isEmpty() || !maybe))) {
                Optional<AccessPath> place = AccessPath.of(argument);
                origin = place.map(state.isNull::get).orElse(null);
                if (origin == null && maybe) {
                    origin = place.map(state.maybeNull::get).orElse(null);
                }
                name = place.map(AccessPath::toString).orElse(null);
            } else if (argument instanceof MethodCallExpr given && maybe) {
                origin = sourceOf(given).orElse(null);
            }
            if (origin == null) {
                continue;
            }
            if (!origin.definite() && !throwsIfNull && origin.reason().equals(NullableMembers.RETURNS_NULL)
                    && call.getScope().isPresent() && !call.getScope().get().isThisExpr()) {
                continue; // another class's null that its own state decides, handed to yet another class: too far to judge
            }
            boolean reported = false;
            if (throwsIfNull) {
                if (hostile == null) {
                    hostile = origins.rejectsNull(call);
                }
                reported = hostile.isPresent();
            }
            if (!reported && (origin.definite() || ownCall) && origins.dereferencesArgument(call, i)) {
                reported = true;
            }
            // a null on every path, where the method dereferences it once a condition of its own state holds
            boolean underCondition = !reported && origin.definite() && origins.dereferencesArgumentUnderCondition(call, i);
            if (reported || underCondition) {
                found.putIfAbsent(argument, new Dereference(argument, origin, name,
                        throwsIfNull && hostile.isPresent() ? "!" + hostile.get()
                                : underCondition ? "?" + call.getNameAsString() : call.getNameAsString()));
                AccessPath.of(argument).ifPresent(place -> {
                    state.isNull.remove(place); // had it stayed null, the call would have thrown
                    state.maybeNull.remove(place);
                });
                throwsHere |= reported && origin.definite();
            }
        }
        if (throwsHere) {
            state.dead = true; // the call throws on this path: nothing after it runs
        }
    }


    /**
     * A field of this object null on every path here, read and dereferenced on entry by the
     * method the call runs ({@code dataBad = null; badSink();}): the call throws.
     */
    private void fieldPassed(MethodCallExpr call, String field) {
        for (Map.Entry<AccessPath, NullOrigins.Origin> entry : state.isNull.entrySet()) {
            String place = entry.getKey().toString();
            if (entry.getKey().isFieldOfThis() && place.equals("this." + field)) {
                found.putIfAbsent(call, new Dereference(call, entry.getValue(), place, call.getNameAsString()));
                state.dead = true;
                return;
            }
        }
    }

    /** What holds once an assertion of {@code condition} returns. */
    private void assume(Expression condition) {
        refineWhole(condition, true);
    }

    /** A whole condition's outcome: through {@code !}, and both sides of an {@code &&} that held or an {@code ||} that failed. */
    private void refineWhole(Expression condition, boolean outcome) {
        Expression test = unwrap(condition);
        if (test instanceof UnaryExpr unary && unary.getOperator() == UnaryExpr.Operator.LOGICAL_COMPLEMENT) {
            refineWhole(unary.getExpression(), !outcome);
        } else if (test instanceof BinaryExpr binary && (binary.getOperator() == BinaryExpr.Operator.AND && outcome
                || binary.getOperator() == BinaryExpr.Operator.OR && !outcome)) {
            refineWhole(binary.getLeft(), outcome);
            refineWhole(binary.getRight(), outcome);
        } else if (test instanceof BinaryExpr binary && binary.getOperator() == BinaryExpr.Operator.OR && outcome) {
            // a || b holds: once either part is known false, the other holds
            Set<String> reads = reads(binary);
            if (reads.size() <= 8 && state.eithers.size() < 16) {
                state.eithers.add(new Either(Side.of(binary.getLeft()), Side.of(binary.getRight()), reads));
            }
        } else if (test instanceof BinaryExpr binary && binary.getOperator() == BinaryExpr.Operator.AND) {
            // !(a && b): once either part is known true, the other fails
            Set<String> reads = reads(binary);
            if (reads.size() <= 8 && state.eithers.size() < 16) {
                state.eithers.add(new Either(Side.of(negation(binary.getLeft())), Side.of(negation(binary.getRight())),
                        reads));
            }
        } else {
            refine(test, outcome);
        }
    }

    /** {@code for (K key : map.keySet())}: each key read back from the same map is there. */
    @Override
    protected void eachElement(ForEachStmt loop) {
        if (unwrap(loop.getIterable()) instanceof MethodCallExpr keys && keys.getNameAsString().equals("keySet")
                && keys.getArguments().isEmpty() && loop.getVariable().getVariables().size() == 1) {
            VariableDeclarator key = loop.getVariable().getVariables().get(0);
            keys.getScope().flatMap(NullnessFlow::mapPlace).ifPresent(map -> state.present.add(
                    new Present(map, AccessPath.variable(key, key.getNameAsString()))));
        }
    }

    @Override
    protected void refine(Expression condition, boolean outcome) {
        if (state.dead) {
            return;
        }
        Expression test = unwrap(condition);
        if (!state.eithers.isEmpty()) {
            settle(test, outcome);
        }
        if (test instanceof NameExpr flag) {
            Optional<AccessPath> place = AccessPath.of(flag);
            Flag held = place.map(state.flags::get).orElse(null);
            if (held != null) {
                state.flags.remove(place.get()); // what it tells is told once: no loop through it
                refineWhole(held.condition(), outcome);
                state.flags.put(place.get(), held);
            }
            return;
        }
        if (test instanceof UnaryExpr unary && unary.getOperator() == UnaryExpr.Operator.LOGICAL_COMPLEMENT) {
            refine(unary.getExpression(), !outcome);
            return;
        }
        if (test instanceof AssignExpr assign && assign.getOperator() == AssignExpr.Operator.ASSIGN) {
            refineWhole(assign.getValue(), outcome); // if (top = (writer == null)): the value tested is the one kept
            return;
        }
        if (test instanceof BinaryExpr binary && (binary.getOperator() == BinaryExpr.Operator.EQUALS
                || binary.getOperator() == BinaryExpr.Operator.NOT_EQUALS)) {
            Expression checked = Checks.comparedWithNull(binary).orElse(null);
            boolean notNull = (binary.getOperator() == BinaryExpr.Operator.NOT_EQUALS) == outcome;
            if (checked != null && notNull) {
                notNull(checked);
            } else if (checked == null && (binary.getOperator() == BinaryExpr.Operator.EQUALS) == outcome) {
                sameAs(unwrap(binary.getLeft()), unwrap(binary.getRight()));
                sameAs(unwrap(binary.getRight()), unwrap(binary.getLeft()));
            } else if (checked != null) {
                Expression tested = unwrap(checked);
                if (!state.eithers.isEmpty()) {
                    lookedUp(tested).ifPresent(fact -> refuted(presentAtom(fact)));
                }
                // (a value from a known source keeps the message that names the source: see dereferenced)
                AccessPath.of(tested).filter(AccessPath::isVariable)
                        .ifPresent(place -> state.isNull.put(place,
                        new NullOrigins.Origin(binary, place.toString(), "it was compared with null here", false, true)));
            }
        } else if (test instanceof InstanceOfExpr instanceOf && outcome) {
            notNull(instanceOf.getExpression());
        } else if (test instanceof MethodCallExpr call) {
            if (origins.nonNullWhen(call, outcome) && !call.getArguments().isEmpty()) {
                notNull(call.getArgument(0));
            }
            for (int i = 0; i < call.getArguments().size() && !state.maybeNull.isEmpty(); i++) {
                if (maybeNullPlace(call.getArgument(i)) && origins.checks(call, i, outcome)) {
                    notNull(call.getArgument(i));
                }
            }
            if (outcome && call.getArguments().size() == 1 && (call.getNameAsString().equals("equals")
                    || call.getNameAsString().equals("equalsIgnoreCase") || call.getNameAsString().equals("isInstance"))) {
                notNull(call.getArgument(0)); // x.equals(y) is false for a null y
            }
            if (outcome && call.getNameAsString().equals("isDirectory") && call.getArguments().isEmpty()) {
                call.getScope().flatMap(AccessPath::of).ifPresent(place -> state.present.add(new Present(place, DIRECTORY)));
            }
            if (outcome && !call.getArguments().isEmpty() && call.getArguments().size() <= 3
                    && !CONTAINS.contains(call.getNameAsString())) {
                // exists(field), whose body is return this.messages.containsKey(field) (&& …)
                for (int i = 0; i < call.getArguments().size(); i++) {
                    Optional<Object> key = keyOf(call.getArgument(i));
                    if (key.isPresent()) {
                        origins.containsKeyIn(call, i).ifPresent(map -> state.present.add(
                                new Present(AccessPath.thisField(map), key.get())));
                    }
                }
            }
            if (!outcome && CONTAINS.contains(call.getNameAsString()) && call.getArguments().size() == 1) {
                Optional<AccessPath> map = call.getScope().flatMap(NullnessFlow::mapPlace);
                Optional<Object> key = keyOf(call.getArgument(0));
                if (map.isPresent() && key.isPresent() && state.missing.size() < 8) {
                    state.missing.add(new Present(map.get(), key.get()));
                }
            }
            if (outcome && call.getNameAsString().equals("contains") && call.getArguments().size() == 1
                    && call.getScope().map(NullnessFlow::unwrap).filter(scope -> scope instanceof MethodCallExpr keys
                    && keys.getNameAsString().equals("keySet") && keys.getArguments().isEmpty()).isPresent()) {
                // map.keySet().contains(key): the same as containsKey
                MethodCallExpr keys = (MethodCallExpr) unwrap(call.getScope().get());
                Optional<AccessPath> map = keys.getScope().flatMap(NullnessFlow::mapPlace);
                Optional<Object> key = keyOf(call.getArgument(0));
                if (map.isPresent() && key.isPresent()) {
                    state.present.add(new Present(map.get(), key.get()));
                }
            }
            if (outcome && CONTAINS.contains(call.getNameAsString()) && call.getArguments().size() == 1) {
                Optional<AccessPath> map = call.getScope().flatMap(NullnessFlow::mapPlace);
                Optional<Object> key = keyOf(call.getArgument(0));
                if (map.isPresent() && key.isPresent()) {
                    state.present.add(new Present(map.get(), key.get()));
                }
            }
        }
    }

    /** Tests that a key is there: a map's {@code containsKey}, a JSON node's {@code has} and {@code hasNonNull}. */
    private static final Set<String> CONTAINS = Set.of("containsKey", "containsProperty", "has", "hasNonNull");

    /** The key a {@code map.get(key)}, or a local that holds one, reads. */
    private Optional<Present> lookedUp(Expression tested) {
        if (tested instanceof MethodCallExpr get && get.getNameAsString().equals("get") && get.getArguments().size() == 1
                && get.getScope().isPresent()) {
            Optional<AccessPath> map = mapPlace(get.getScope().get());
            Optional<Object> key = keyOf(get.getArgument(0));
            return map.isPresent() && key.isPresent() ? Optional.of(new Present(map.get(), key.get())) : Optional.empty();
        }
        return AccessPath.of(tested).map(state.lookups::get);
    }

    /**
     * {@code mode == requiredMode}, {@code kind == Kind.TABLE} held: a place that may be null
     * is the same as one that is not.
     */
    private void sameAs(Expression place, Expression other) {
        if (!(place instanceof NameExpr || place instanceof FieldAccessExpr)
                || !(other instanceof NameExpr || other instanceof FieldAccessExpr)
                || state.eithers.isEmpty() && !maybeNullPlace(place)) {
            return;
        }
        Optional<AccessPath> known = AccessPath.of(other);
        if (known.isPresent() && !state.maybeNull.containsKey(known.get()) && !state.isNull.containsKey(known.get())) {
            notNull(place);
        }
    }

    /**
     * The collection a size test with this outcome proves not empty: {@code c.size() > 0},
     * {@code c.size() != 0}, {@code c.size() >= 1} held, {@code c.size() == 0} failed, and
     * the same with the operands swapped.
     */
    static Optional<AccessPath> nonEmpty(BinaryExpr test, boolean outcome) {
        Expression left = unwrap(test.getLeft());
        Expression right = unwrap(test.getRight());
        boolean sizeLeft = isSize(left);
        if (!sizeLeft && !isSize(right)) {
            return Optional.empty();
        }
        Expression bound = sizeLeft ? right : left;
        if (!bound.isIntegerLiteralExpr()) {
            return Optional.empty();
        }
        int n = bound.asIntegerLiteralExpr().asNumber().intValue();
        BinaryExpr.Operator operator = test.getOperator();
        if (!sizeLeft) {
            operator = switch (operator) {
                case LESS -> BinaryExpr.Operator.GREATER;
                case GREATER -> BinaryExpr.Operator.LESS;
                case LESS_EQUALS -> BinaryExpr.Operator.GREATER_EQUALS;
                case GREATER_EQUALS -> BinaryExpr.Operator.LESS_EQUALS;
                default -> operator;
            };
        }
        boolean proves = switch (operator) {
            case GREATER -> outcome && n >= 0;
            case GREATER_EQUALS -> outcome && n >= 1;
            case NOT_EQUALS -> outcome && n == 0;
            case EQUALS -> !outcome && n == 0 || outcome && n >= 1;
            case LESS -> !outcome && n == 1;
            case LESS_EQUALS -> !outcome && n == 0;
            default -> false;
        };
        Expression size = sizeLeft ? left : right;
        return proves ? ((MethodCallExpr) size).getScope().flatMap(NullnessFlow::mapPlace) : Optional.empty();
    }

    private static boolean isSize(Expression expression) {
        return expression instanceof MethodCallExpr call && call.getNameAsString().equals("size")
                && call.getArguments().isEmpty() && call.getScope().filter(NullnessFlow::sharedCollection).isEmpty();
    }

    /**
     * Whether a collection is a field of a concurrent type ({@code ConcurrentLinkedQueue},
     * a {@code BlockingQueue}): another thread may take its last element between a test
     * that it is not empty and the {@code poll} after it.
     */
    static boolean sharedCollection(Expression collection) {
        Expression inner = unwrap(collection);
        String name = inner instanceof NameExpr variable ? variable.getNameAsString()
                : inner instanceof FieldAccessExpr access && access.getScope().isThisExpr() ? access.getNameAsString() : null;
        if (name == null) {
            return false;
        }
        if (inner instanceof NameExpr variable && Scopes.of(variable)
                .filter(found -> found.kind() != Scopes.Kind.FIELD).isPresent()) {
            return false;
        }
        return inner.findAncestor(TypeDeclaration.class).stream()
                .flatMap(type -> ((TypeDeclaration<?>) type).getFields().stream())
                .flatMap(field -> field.getVariables().stream())
                .filter(variable -> variable.getNameAsString().equals(name))
                .anyMatch(variable -> CONCURRENT.matcher(variable.getTypeAsString()).find()
                        || variable.getInitializer().filter(init -> CONCURRENT.matcher(init.toString()).find()).isPresent());
    }

    private static final Pattern CONCURRENT =
            Pattern.compile("Concurrent|Blocking|Synchronous|Transfer|synchronized");

    /**
     * A test taken with an outcome meets the two-part tests known to hold: where it is the
     * opposite of one part, the other part holds.
     */
    private void settle(Expression test, boolean outcome) {
        if (!state.eithers.isEmpty()) { // the test's text is printed only where a two-part test may meet it
            refuted(opposite(atom(test, outcome)));
        }
    }

    /** A part known to fail: the other part of each two-part test it belongs to holds. */
    private void refuted(String atom) {
        if (settling > 2) {
            return;
        }
        settling++;
        for (Either either : List.copyOf(state.eithers)) {
            Side other = atom.equals(either.left().atom()) ? either.right()
                    : atom.equals(either.right().atom()) ? either.left() : null;
            if (other != null) {
                // the two-part test still holds afterwards, for the paths that meet this one again
                if (other.place() != null) {
                    state.maybeNull.remove(other.place());
                } else if (other.fact() != null) {
                    state.present.add(other.fact());
                } else if (other.test() != null) {
                    refineWhole(other.test(), true);
                }
            }
        }
        settling--;
    }

    /** How deep {@link #settle} is in itself: a part it applies may meet another two-part test, not more. */
    private int settling;

    /** A test with an outcome, as text that is the same for {@code x == null} true and {@code x != null} false. */
    static String atom(Expression test, boolean outcome) {
        Expression inner = unwrap(test);
        if (inner instanceof UnaryExpr unary && unary.getOperator() == UnaryExpr.Operator.LOGICAL_COMPLEMENT) {
            return atom(unary.getExpression(), !outcome);
        }
        if (inner instanceof BinaryExpr binary && (binary.getOperator() == BinaryExpr.Operator.NOT_EQUALS
                || binary.getOperator() == BinaryExpr.Operator.EQUALS)) {
            boolean holds = (binary.getOperator() == BinaryExpr.Operator.EQUALS) == outcome;
            Expression checked = Checks.comparedWithNull(binary).orElse(null);
            String text = checked != null ? AccessPath.of(checked).map(AccessPath::toString).orElse(checked.toString())
                    + " == null" : binary.getLeft() + " == " + binary.getRight();
            return (holds ? "+" : "-") + text;
        }
        return (outcome ? "+" : "-") + inner;
    }

    static String opposite(String atom) {
        return (atom.startsWith("+") ? "-" : "+") + atom.substring(1);
    }

    /** {@code !test}, as a new expression. */
    private static Expression negation(Expression test) {
        return new UnaryExpr(new EnclosedExpr(test.clone()), UnaryExpr.Operator.LOGICAL_COMPLEMENT);
    }

    /** Whether an argument is a test worth asking an assertion helper about: a comparison, a call, a negation. */
    static boolean mayTest(Expression argument) {
        Expression inner = unwrap(argument);
        return inner instanceof BinaryExpr || inner instanceof MethodCallExpr || inner instanceof UnaryExpr
                || inner instanceof InstanceOfExpr;
    }

    /** Whether an argument is worth asking a check method of the scanned sources about: a place that may be null now. */
    private boolean maybeNullPlace(Expression argument) {
        Expression inner = unwrap(argument);
        return (inner instanceof NameExpr || inner instanceof FieldAccessExpr)
                && AccessPath.of(inner).filter(state.maybeNull::containsKey).isPresent();
    }

    /** Whether an argument may be null here: the null literal, or a place that may hold null. */
    private boolean mayBeNullArgument(Expression argument) {
        Expression inner = unwrap(argument);
        return inner.isNullLiteralExpr() || (inner instanceof NameExpr || inner instanceof FieldAccessExpr)
                && AccessPath.of(inner).filter(state.maybeNull::containsKey).isPresent();
    }

    /** What the edge proves not null: a place, or a {@code map.get(key)} whose key is then present. */
    private void notNull(Expression checked) {
        Expression inner = unwrap(checked);
        if (inner instanceof AssignExpr assign) {
            notNull(assign.getTarget()); // (task = queue.poll()) != null
            return;
        }
        Optional<AccessPath> place = AccessPath.of(inner);
        if (place.isPresent()) {
            state.maybeNull.remove(place.get());
            state.isNull.remove(place.get());
            if (!state.eithers.isEmpty()) {
                refuted("+" + place.get() + " == null");
            }
            // a local that copies the place, and the place a local copies, are the same value
            AccessPath source = state.copies.get(place.get());
            if (source != null) {
                state.maybeNull.remove(source);
            }
            state.copies.forEach((copy, of) -> {
                if (of.equals(place.get())) {
                    state.maybeNull.remove(copy);
                }
            });
            if (inner instanceof NameExpr local) {
                // Principal principal = request.getUserPrincipal(); if (principal != null) request.getUserPrincipal()…
                constants().onlyValue(local).map(NullnessFlow::unwrap).filter(MethodCallExpr.class::isInstance)
                        .map(MethodCallExpr.class::cast).flatMap(NullnessFlow::callPlace).ifPresent(state.checkedCalls::add);
            }
            return;
        }
        if (inner instanceof MethodCallExpr getter && getter.getArguments().isEmpty()) {
            callPlace(getter).ifPresent(state.checkedCalls::add);
            return;
        }
        if (inner instanceof MethodCallExpr getter) {
            callPlace(getter).ifPresent(state.checkedCalls::add); // request.getHeader("X-Forwarded-For")
        }
        if (inner instanceof MethodCallExpr call && call.getNameAsString().equals("get") && call.getArguments().size() == 1) {
            Optional<AccessPath> map = call.getScope().flatMap(NullnessFlow::mapPlace);
            Optional<Object> key = keyOf(call.getArgument(0));
            if (map.isPresent() && key.isPresent()) {
                state.present.add(new Present(map.get(), key.get()));
            }
        }
    }

    /** When {@code value} may be null and the code around it dereferences it: a finding, and then it is not null. */
    private void dereferenced(Expression value) {
        if (state.dead) {
            return;
        }
        boolean place = value instanceof NameExpr || value instanceof FieldAccessExpr;
        if (place && state.maybeNull.isEmpty() && state.isNull.isEmpty() || !place && !(value instanceof MethodCallExpr)) {
            return;
        }
        Node at = dereferencer(value);
        if (at == null) {
            return;
        }
        if (place) {
            Optional<AccessPath> path = AccessPath.of(value);
            NullOrigins.Origin origin = path.map(state.maybeNull::get).orElse(null);
            if (origin == null) {
                origin = path.map(state.isNull::get).orElse(null);
            }
            boolean throwsHere = path.filter(state.isNull::containsKey).isPresent();
            path.ifPresent(state.isNull::remove);
            if (origin != null) {
                found.putIfAbsent(at, new Dereference(at, origin, path.get().toString()));
                state.maybeNull.remove(path.get());
            }
            if (throwsHere) {
                // null on this path: the dereference throws, and nothing after it runs (in a loop, the
                // next iteration is not reached with a value this one would have set)
                state.dead = true;
            }
            return;
        }
        sourceOf((MethodCallExpr) value).ifPresent(origin -> found.putIfAbsent(at, new Dereference(at, origin, null)));
    }

    /**
     * Where a call's result may be null from, in this state: not where the method returns
     * null only when a call on its arguments does, and the code just checked that call
     * ({@code if (session.getAuthNote(KEY) != null) read(session, KEY).getId()}).
     */
    private Optional<NullOrigins.Origin> sourceOf(MethodCallExpr call) {
        Optional<NullOrigins.Origin> origin = origins.of(call, this::knownPresent, this::mayBeNullArgument);
        if (origin.isEmpty() || state.checkedCalls.isEmpty()) {
            return origin;
        }
        Optional<String> through = origins.nullWhenCall(call);
        if (through.isPresent()) {
            String[] parts = through.get().split("\\|");
            int receiver = Integer.parseInt(parts[0]);
            int argument = Integer.parseInt(parts[2]);
            if (receiver < call.getArguments().size() && argument < call.getArguments().size()
                    && receiverPlace(call.getArgument(receiver))
                    .flatMap(place -> place.field(parts[1] + "(" + unwrap(call.getArgument(argument)) + ")"))
                    .filter(state.checkedCalls::contains).isPresent()) {
                return Optional.empty();
            }
        }
        return origin;
    }

    /**
     * The node that dereferences {@code value}, if the code around it does: a call or field
     * access on it, an index into it, a loop over it, a switch, lock or throw of it, or an
     * unboxing (arithmetic, comparison with a primitive, a primitive variable, a condition).
     */
    static Node dereferencer(Expression value) {
        Node child = value;
        Node parent = value.getParentNode().orElse(null);
        while (parent instanceof EnclosedExpr || parent instanceof CastExpr cast && !cast.getType().isPrimitiveType()) {
            child = parent;
            parent = parent.getParentNode().orElse(null);
        }
        Node used = child;
        if (parent instanceof MethodCallExpr call) {
            return call.getScope().filter(scope -> scope == used).isPresent() ? call : null;
        }
        if (parent instanceof FieldAccessExpr access) {
            return access.getScope() == used ? access : null;
        }
        if (parent instanceof ArrayAccessExpr access) {
            return access.getName() == used ? access : null;
        }
        if (parent instanceof ForEachStmt loop) {
            return loop.getIterable() == used ? used : null;
        }
        if (parent instanceof SwitchStmt switchStmt) {
            return switchStmt.getSelector() == used && noNullCase(switchStmt.getEntries()) ? used : null;
        }
        if (parent instanceof SwitchExpr switchExpr) {
            return switchExpr.getSelector() == used && noNullCase(switchExpr.getEntries()) ? used : null;
        }
        if (parent instanceof SynchronizedStmt || parent instanceof ThrowStmt) {
            return used;
        }
        if (parent instanceof UnaryExpr unary) {
            return unary;
        }
        if (parent instanceof BinaryExpr binary) {
            return unboxes(binary, used) ? binary : null;
        }
        if (parent instanceof VariableDeclarator declarator) {
            return declarator.getType().isPrimitiveType() && declarator.getInitializer().filter(i -> i == used).isPresent()
                    ? used : null;
        }
        if (parent instanceof AssignExpr assign) {
            boolean primitiveTarget = DeclaredTypes.of(assign.getTarget()).filter(t -> t.isPrimitiveType()).isPresent();
            return primitiveTarget && (assign.getValue() == used || assign.getOperator() != AssignExpr.Operator.ASSIGN)
                    ? used : null;
        }
        if (parent instanceof CastExpr cast) {
            return cast.getType().isPrimitiveType() ? used : null;
        }
        if (parent instanceof IfStmt ifStmt) {
            return ifStmt.getCondition() == used ? used : null; // a Boolean
        }
        if (parent instanceof WhileStmt whileStmt) {
            return whileStmt.getCondition() == used ? used : null;
        }
        if (parent instanceof DoStmt doStmt) {
            return doStmt.getCondition() == used ? used : null;
        }
        if (parent instanceof ForStmt forStmt) {
            return forStmt.getCompare().filter(compare -> compare == used).isPresent() ? used : null;
        }
        if (parent instanceof ConditionalExpr conditional) {
            return conditional.getCondition() == used ? used : null;
        }
        if (parent instanceof ReturnStmt) {
            return returnsPrimitive(parent) ? used : null;
        }
        return null;
    }

    private static boolean noNullCase(List<SwitchEntry> entries) {
        return entries.stream().noneMatch(entry -> entry.getLabels().stream().anyMatch(Expression::isNullLiteralExpr));
    }

    private static boolean unboxes(BinaryExpr binary, Node used) {
        Expression other = binary.getLeft() == used ? binary.getRight() : binary.getLeft();
        return switch (binary.getOperator()) {
            case MINUS, MULTIPLY, DIVIDE, REMAINDER, LEFT_SHIFT, SIGNED_RIGHT_SHIFT, UNSIGNED_RIGHT_SHIFT, LESS,
                    GREATER, LESS_EQUALS, GREATER_EQUALS -> true;
            // + may be a concatenation, which takes null: counted only between numbers the code declares
            case PLUS -> boxedNumber(used) && number(other);
            case EQUALS, NOT_EQUALS, BINARY_AND, BINARY_OR, XOR -> isPrimitiveLiteral(other) && !isCharOrString(other);
            case AND, OR -> true;
        };
    }

    private static final Set<String> BOXED_NUMBERS = Set.of("Integer", "Long", "Short", "Byte", "Double", "Float",
            "java.lang.Integer", "java.lang.Long", "java.lang.Short", "java.lang.Byte", "java.lang.Double", "java.lang.Float");

    /**
     * Whether a value is declared as a boxed number: a variable or field declared {@code
     * Integer} (or {@code Long}..), a {@code get(key)} of a map declared with such values
     * ({@code Map<String, Integer> counts}), or a {@code queryForObject} asked for one.
     */
    private static boolean boxedNumber(Node used) {
        Expression value = used instanceof Expression expression ? unwrap(expression) : null;
        if (value instanceof NameExpr || value instanceof FieldAccessExpr) {
            return DeclaredTypes.of(value).map(type -> BOXED_NUMBERS.contains(type.asString())).orElse(false);
        }
        if (value instanceof MethodCallExpr query && query.getNameAsString().equals("queryForObject")) {
            // queryForObject(sql, Integer.class, ..): the type asked for is the type returned
            return query.getArguments().stream().map(NullnessFlow::unwrap)
                    .anyMatch(argument -> argument instanceof ClassExpr type
                            && BOXED_NUMBERS.contains(type.getType().asString()));
        }
        if (value instanceof MethodCallExpr get && get.getNameAsString().equals("get") && get.getArguments().size() == 1
                && get.getScope().isPresent()) {
            return DeclaredTypes.of(unwrap(get.getScope().get())).filter(Type::isClassOrInterfaceType)
                    .map(Type::asClassOrInterfaceType)
                    .filter(map -> map.getNameAsString().endsWith("Map"))
                    .flatMap(ClassOrInterfaceType::getTypeArguments)
                    .filter(arguments -> arguments.size() == 2)
                    .map(arguments -> BOXED_NUMBERS.contains(arguments.get(1).asString())).orElse(false);
        }
        return false;
    }

    /** Whether the other operand of a {@code +} is a number: a numeric literal, or a variable declared with a number type. */
    private static boolean number(Expression operand) {
        Expression inner = unwrap(operand);
        if (inner.isIntegerLiteralExpr() || inner.isLongLiteralExpr() || inner.isDoubleLiteralExpr()
                || inner instanceof UnaryExpr unary && number(unary.getExpression())) {
            return true;
        }
        return (inner instanceof NameExpr || inner instanceof FieldAccessExpr) && DeclaredTypes.of(inner)
                .map(type -> type.isPrimitiveType() && !type.asString().equals("boolean") && !type.asString().equals("char")
                        || BOXED_NUMBERS.contains(type.asString())).orElse(false);
    }

    private static boolean isCharOrString(Expression expression) {
        Expression inner = unwrap(expression);
        return inner.isCharLiteralExpr() || inner.isStringLiteralExpr();
    }

    private static boolean isPrimitiveLiteral(Expression expression) {
        Expression inner = unwrap(expression);
        return inner.isIntegerLiteralExpr() || inner.isLongLiteralExpr() || inner.isDoubleLiteralExpr()
                || inner.isCharLiteralExpr() || inner.isBooleanLiteralExpr()
                || inner instanceof UnaryExpr unary && isPrimitiveLiteral(unary.getExpression());
    }

    private static boolean returnsPrimitive(Node returnStmt) {
        Optional<Body> body = Body.enclosing(returnStmt);
        return body.isPresent() && body.get().node() instanceof MethodDeclaration method
                && method.getType().isPrimitiveType();
    }

    static Expression unwrap(Expression expression) {
        Expression inner = expression;
        while (inner instanceof EnclosedExpr || inner instanceof CastExpr cast && !cast.getType().isPrimitiveType()) {
            inner = inner instanceof EnclosedExpr enclosed ? enclosed.getInner() : ((CastExpr) inner).getExpression();
        }
        return inner;
    }
}
