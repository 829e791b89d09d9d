package dev.backlint.flow.state;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.DataKey;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.IntegerLiteralExpr;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.NormalAnnotationExpr;
import com.github.javaparser.ast.expr.NullLiteralExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import com.github.javaparser.ast.expr.UnaryExpr;
import com.github.javaparser.ast.expr.VariableDeclarationExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.BreakStmt;
import com.github.javaparser.ast.stmt.CatchClause;
import com.github.javaparser.ast.stmt.ContinueStmt;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import com.github.javaparser.ast.stmt.IfStmt;
import com.github.javaparser.ast.stmt.LocalClassDeclarationStmt;
import com.github.javaparser.ast.stmt.ReturnStmt;
import com.github.javaparser.ast.stmt.Statement;
import com.github.javaparser.ast.stmt.SwitchEntry;
import com.github.javaparser.ast.stmt.ThrowStmt;
import com.github.javaparser.ast.stmt.TryStmt;
import dev.backlint.api.RuleContext;
import dev.backlint.api.Trees;
import dev.backlint.flow.state.ConcurrentFields.Holds;
import dev.backlint.flow.state.Persistence.Entity;
import dev.backlint.flow.state.Persistence.Repository;
import dev.backlint.models.SpringData;
import dev.backlint.resolve.Expressions;
import dev.backlint.resolve.Scopes;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks and the writes they guard that other threads can come between: an {@code if}
 * that finds a key missing from a concurrent map or set and a {@code put}/{@code add} of
 * that key on the path where it was missing, or a Spring Data lookup that finds no row
 * and a {@code save} on that path, where the entity has no unique key on the looked-up
 * properties. The missing path is the {@code if}'s branch, or the code after it when the
 * other branch leaves ({@code if (m.containsKey(k)) return …; m.put(k, v);}). A value read
 * into a local just before the {@code if} counts as read there ({@code V v = m.get(k);
 * if (v == null)}). Code under a monitor or a lock, set-up code, a {@code SERIALIZABLE}
 * transaction, a locking lookup and a {@code save} whose duplicate-key failure is caught
 * are left alone.
 */
public final class Races {

    /** What is checked and then written. */
    public enum Kind { MAP, SET, REPOSITORY }

    /**
     * A check and the write it guards.
     *
     * @param check      the {@code if} statement, or the {@code ifPresent(x -> { throw …; })} statement
     * @param test       the call that checks ({@code containsKey}, {@code get}, {@code existsBy…})
     * @param act        the call that writes
     * @param target     the map, set or repository as written, without {@code this.}
     * @param form       how the check reads, for a message: {@code is checked with `containsKey(key)`}
     * @param entity     for a repository, the entity's simple name; else empty
     * @param properties for a repository, the looked-up properties; else empty
     */
    public record Race(Kind kind, Statement check, MethodCallExpr test, MethodCallExpr act, String target, String form,
            String entity, List<String> properties) {
    }

    /** A test in a condition, and what it says of the key when the key is missing. */
    private record Atom(Kind kind, MethodCallExpr test, Expression target, Expression key, boolean absentWhen,
            java.util.function.Supplier<String> form) {
    }

    /** A derived query: its verb, then {@code By}, then the criteria. */
    private static final Pattern DERIVED = Pattern.compile(
            "^(?:exists|count|find|get|read|query|search|stream)(?:First|Top|Distinct|All|One)?\\d*By([A-Z]\\w*)$");

    /** Criteria words of a derived query that make a condition other than equality. */
    private static final Pattern NOT_EQUALITY = Pattern.compile(
            "(?:GreaterThan|LessThan|Between|Like|Containing|StartingWith|EndingWith|StartsWith|EndsWith|NotIn|In"
                    + "|Not|IsNull|Null|IsNotNull|NotNull|After|Before|True|False|Exists|Near|Within|Regex|Matches"
                    + "|IsEmpty|IsNotEmpty|Empty)$");

    private Races() {
    }

    /** The race an {@code if} starts, if it starts one. */
    public static Optional<Race> of(IfStmt statement, RuleContext context) {
        for (boolean truth : new boolean[] {true, false}) {
            Optional<Atom> atom = find(statement.getCondition(), truth, statement);
            if (atom.isEmpty()) {
                continue;
            }
            Optional<Race> race = race(statement, atom.get(), truth, context);
            if (race.isPresent()) {
                return race;
            }
        }
        return Optional.empty();
    }

    /**
     * The race a statement {@code repo.findByX(..).ifPresent(x -> { throw …; })} starts: a
     * lookup whose lambda throws when a row is found, and a {@code save} after it.
     */
    public static Optional<Race> ofIfPresent(MethodCallExpr call, RuleContext context) {
        if (!call.getNameAsString().equals("ifPresent") || call.getArguments().size() != 1
                || !(call.getArgument(0) instanceof LambdaExpr lambda) || !throwsIn(lambda.getBody())
                || call.getScope().isEmpty() || !(call.getParentNode().orElse(null) instanceof ExpressionStmt statement)) {
            return Optional.empty();
        }
        Optional<MethodCallExpr> lookup = lookupOf(unwrap(call.getScope().get()), statement);
        if (lookup.isEmpty()) {
            return Optional.empty();
        }
        Atom atom = new Atom(Kind.REPOSITORY, lookup.get(), unwrap(lookup.get().getScope().get()), null, false,
                () -> "is checked with `" + lookup.get().getNameAsString() + "(..)`");
        String target = name(atom.target());
        Optional<MethodCallExpr> act = Optional.empty();
        for (Node region : following(statement)) {
            act = firstAct(region, atom, target);
            if (act.isPresent()) {
                break;
            }
        }
        if (act.isEmpty() || held(statement) || held(act.get())) {
            return Optional.empty();
        }
        MethodCallExpr write = act.get();
        return repositoryRace(statement, statement, atom, write, target, context).filter(found -> !inSetUp(statement));
    }

    /** Whether code throws, outside the lambdas and classes within it. */
    private static boolean throwsIn(Node node) {
        if (node instanceof ThrowStmt) {
            return true;
        }
        if (node instanceof LambdaExpr || node instanceof LocalClassDeclarationStmt
                || node instanceof ObjectCreationExpr creation && creation.getAnonymousClassBody().isPresent()) {
            return false;
        }
        for (Node child : node.getChildNodes()) {
            if (throwsIn(child)) {
                return true;
            }
        }
        return false;
    }

    // ---- the check --------------------------------------------------------------------

    /** A test that tells the key is missing when {@code condition} has the value {@code truth}. */
    private static Optional<Atom> find(Expression condition, boolean truth, IfStmt at) {
        Expression inner = unwrap(condition);
        if (inner instanceof UnaryExpr not && not.getOperator() == UnaryExpr.Operator.LOGICAL_COMPLEMENT) {
            return find(not.getExpression(), !truth, at);
        }
        if (inner instanceof BinaryExpr binary) {
            if (truth && binary.getOperator() == BinaryExpr.Operator.AND
                    || !truth && binary.getOperator() == BinaryExpr.Operator.OR) {
                Optional<Atom> left = find(binary.getLeft(), truth, at);
                return left.isPresent() ? left : find(binary.getRight(), truth, at);
            }
        }
        return atom(inner, at).filter(atom -> atom.absentWhen() == truth);
    }

    private static Optional<Atom> atom(Expression test, IfStmt at) {
        if (test instanceof NameExpr || test instanceof AssignExpr) {
            // a flag the statements just before set from the check: boolean taken = repo.existsByCode(c);
            Expression value = valueOf(test, at);
            return value instanceof MethodCallExpr ? atom(value, at) : Optional.empty();
        }
        if (test instanceof MethodCallExpr call && call.getScope().isPresent()) {
            Expression scope = unwrap(call.getScope().get());
            String name = call.getNameAsString();
            int arguments = call.getArguments().size();
            if (name.equals("containsKey") && arguments == 1) {
                return Optional.of(new Atom(Kind.MAP, call, scope, call.getArgument(0), false,
                        () -> "is checked with `containsKey(" + quoted(call.getArgument(0)) + ")`"));
            }
            if (name.equals("contains") && arguments == 1) {
                return Optional.of(new Atom(Kind.SET, call, scope, call.getArgument(0), false,
                        () -> "is checked with `contains(" + quoted(call.getArgument(0)) + ")`"));
            }
            if (name.startsWith("existsBy") && isLookup(name)) {
                return Optional.of(new Atom(Kind.REPOSITORY, call, scope, null, false, () -> "is checked with `" + name + "(..)`"));
            }
            if ((name.equals("isEmpty") || name.equals("isPresent")) && arguments == 0) {
                return lookupOf(scope, at).map(lookup -> new Atom(Kind.REPOSITORY, lookup,
                        unwrap(lookup.getScope().get()), null, name.equals("isEmpty"),
                        () -> "is checked with `" + lookup.getNameAsString() + "(..)`"));
            }
            return Optional.empty();
        }
        if (!(test instanceof BinaryExpr binary)) {
            return Optional.empty();
        }
        boolean equals = binary.getOperator() == BinaryExpr.Operator.EQUALS;
        if (!equals && binary.getOperator() != BinaryExpr.Operator.NOT_EQUALS
                && binary.getOperator() != BinaryExpr.Operator.GREATER) {
            return Optional.empty();
        }
        Expression left = unwrap(binary.getLeft());
        Expression right = unwrap(binary.getRight());
        if (left instanceof NullLiteralExpr && binary.getOperator() != BinaryExpr.Operator.GREATER) {
            Expression swap = left;
            left = right;
            right = swap;
        }
        if (right instanceof IntegerLiteralExpr zero && zero.getValue().equals("0")
                && valueOf(left, at) instanceof MethodCallExpr count && count.getNameAsString().startsWith("countBy")
                && isLookup(count.getNameAsString()) && count.getScope().isPresent()) {
            return Optional.of(new Atom(Kind.REPOSITORY, count, unwrap(count.getScope().get()), null, equals,
                    () -> "is checked with `" + count.getNameAsString() + "(..)`"));
        }
        if (!(right instanceof NullLiteralExpr) || binary.getOperator() == BinaryExpr.Operator.GREATER) {
            return Optional.empty();
        }
        Expression value = valueOf(left, at);
        if (!(value instanceof MethodCallExpr call) || call.getScope().isEmpty()) {
            return Optional.empty();
        }
        String via = left instanceof NameExpr local && value != left ? " into `" + local.getNameAsString() + "`" : "";
        if (call.getNameAsString().equals("get") && call.getArguments().size() == 1) {
            return Optional.of(new Atom(Kind.MAP, call, unwrap(call.getScope().get()), call.getArgument(0), equals,
                    () -> "is read with `get(" + quoted(call.getArgument(0)) + ")`" + via + " and compared with null"));
        }
        if (isLookup(call.getNameAsString()) && !call.getNameAsString().startsWith("existsBy")
                && !call.getNameAsString().startsWith("countBy")) {
            return Optional.of(new Atom(Kind.REPOSITORY, call, unwrap(call.getScope().get()), null, equals,
                    () -> "is checked with `" + call.getNameAsString() + "(..)`"));
        }
        return Optional.empty();
    }

    /** The repository lookup whose result {@code value} is, directly or through a local: {@code repo.findByEmail(e)}. */
    private static Optional<MethodCallExpr> lookupOf(Expression value, Statement at) {
        Expression source = valueOf(value, at);
        if (source instanceof MethodCallExpr call && call.getScope().isPresent() && isLookup(call.getNameAsString())
                && !call.getNameAsString().startsWith("existsBy") && !call.getNameAsString().startsWith("countBy")) {
            return Optional.of(call);
        }
        return Optional.empty();
    }

    /**
     * What an expression of the condition holds: an assignment's value, or for a local the
     * value the statements just before the {@code if} gave it; else the expression itself.
     */
    private static Expression valueOf(Expression expression, Statement at) {
        Expression inner = unwrap(expression);
        if (inner instanceof AssignExpr assign && assign.getOperator() == AssignExpr.Operator.ASSIGN) {
            return unwrap(assign.getValue());
        }
        if (!(inner instanceof NameExpr name) || !(at.getParentNode().orElse(null) instanceof BlockStmt block)) {
            return inner;
        }
        String local = name.getNameAsString();
        List<Statement> statements = block.getStatements();
        int index = indexOf(statements, at);
        for (int i = index - 1; i >= 0 && i >= index - LOOK_BACK; i--) {
            Statement before = statements.get(i);
            if (before instanceof ExpressionStmt expressionStatement) {
                Expression done = expressionStatement.getExpression();
                if (done instanceof VariableDeclarationExpr declared) {
                    for (VariableDeclarator variable : declared.getVariables()) {
                        if (variable.getNameAsString().equals(local)) {
                            return variable.getInitializer().map(Races::unwrap).orElse(inner);
                        }
                    }
                } else if (done instanceof AssignExpr assign && assign.getOperator() == AssignExpr.Operator.ASSIGN
                        && assign.getTarget() instanceof NameExpr target && target.getNameAsString().equals(local)) {
                    return unwrap(assign.getValue());
                }
            }
            if (writes(before, local)) {
                return inner;
            }
        }
        return inner;
    }

    /** How many statements before an {@code if} a local's value is looked for: the read sits just before its check. */
    private static final int LOOK_BACK = 4;

    private static boolean writes(Node node, String local) {
        return Trees.findFirst(node, AssignExpr.class, assign -> assign.getTarget() instanceof NameExpr target
                && target.getNameAsString().equals(local)).isPresent();
    }

    /** Whether a method name is a Spring Data derived lookup: {@code existsByEmail}, {@code findFirstByCode}. */
    private static boolean isLookup(String name) {
        return name.contains("By") && DERIVED.matcher(name).matches();
    }

    // ---- the act ----------------------------------------------------------------------

    private static Optional<Race> race(IfStmt statement, Atom atom, boolean truth, RuleContext context) {
        List<Node> missing = new ArrayList<>();
        if (truth) {
            missing.add(statement.getThenStmt());
        } else {
            statement.getElseStmt().ifPresent(missing::add);
            if (leaves(statement.getThenStmt())) {
                missing.addAll(following(statement));
            }
        }
        String target = name(atom.target());
        Optional<MethodCallExpr> act = Optional.empty();
        for (Node region : missing) {
            act = firstAct(region, atom, target);
            if (act.isPresent()) {
                break;
            }
        }
        if (act.isEmpty() && atom.kind() == Kind.REPOSITORY && !truth && throwsIn(statement.getThenStmt())) {
            return throughCallers(statement, atom, target, context);
        }
        if (act.isEmpty() || held(statement) || held(act.get())) {
            return Optional.empty();
        }
        MethodCallExpr write = act.get();
        Optional<Race> race = switch (atom.kind()) {
            case MAP, SET -> concurrent(atom, context)
                    .map(holds -> new Race(atom.kind(), statement, atom.test(), write, target, atom.form().get(), "",
                            List.of()));
            case REPOSITORY -> repositoryRace(statement, statement, atom, write, target, context);
        };
        return race.filter(found -> !inSetUp(statement));
    }

    /**
     * A check made in a method of its own, which throws when the row exists
     * ({@code validateUniqueName(name)}), and a {@code save} on the same repository after a
     * call of that method in the same class: the check and the insert of the caller race.
     */
    private static Optional<Race> throughCallers(IfStmt statement, Atom atom, String target, RuleContext context) {
        Optional<MethodDeclaration> checking = statement.getParentNode()
                .flatMap(Node::getParentNode).filter(MethodDeclaration.class::isInstance).map(MethodDeclaration.class::cast);
        Optional<TypeDeclaration<?>> type = checking.flatMap(m -> m.getParentNode())
                .filter(TypeDeclaration.class::isInstance).map(t -> (TypeDeclaration<?>) t);
        if (checking.isEmpty() || type.isEmpty() || held(statement)) {
            return Optional.empty();
        }
        String name = checking.get().getNameAsString();
        int arity = checking.get().getParameters().size();
        for (MethodCallExpr call : type.get().findAll(MethodCallExpr.class, call -> call.getNameAsString().equals(name)
                && call.getArguments().size() == arity
                && (call.getScope().isEmpty() || call.getScope().get() instanceof ThisExpr)
                && call.getParentNode().filter(ExpressionStmt.class::isInstance).isPresent())) {
            Statement caller = (Statement) call.getParentNode().get();
            for (Node region : following(caller)) {
                Optional<MethodCallExpr> act = firstAct(region, atom, target);
                if (act.isPresent()) {
                    if (held(caller) || held(act.get()) || inSetUp(caller)) {
                        break;
                    }
                    Optional<Race> race = repositoryRace(statement, caller, atom, act.get(), target, context);
                    if (race.isPresent()) {
                        return race;
                    }
                    break;
                }
            }
        }
        return Optional.empty();
    }

    /** The first write of the checked key (or, for a repository, the first save) within a region. */
    private static Optional<MethodCallExpr> firstAct(Node region, Atom atom, String target) {
        List<MethodCallExpr> calls = new ArrayList<>();
        collectCalls(region, calls);
        String key = null;
        for (MethodCallExpr call : calls) {
            String name = call.getNameAsString();
            boolean matches = switch (atom.kind()) {
                case MAP -> name.equals("put") && call.getArguments().size() == 2;
                case SET -> name.equals("add") && call.getArguments().size() == 1;
                case REPOSITORY -> SpringData.SAVES.contains(name) && call.getArguments().size() == 1;
            };
            if (!matches || call.getScope().isEmpty() || !name(unwrap(call.getScope().get())).equals(target)) {
                continue;
            }
            if (atom.key() == null) {
                return Optional.of(call);
            }
            key = key == null ? text(unwrap(atom.key())) : key;
            if (text(unwrap(call.getArgument(0))).equals(key)) {
                return Optional.of(call);
            }
        }
        return Optional.empty();
    }

    /** The calls of a region in source order, leaving out code that runs later: lambdas and classes. */
    private static void collectCalls(Node node, List<MethodCallExpr> into) {
        if (node instanceof LambdaExpr || node instanceof LocalClassDeclarationStmt
                || node instanceof ObjectCreationExpr creation && creation.getAnonymousClassBody().isPresent()) {
            return;
        }
        for (Node child : node.getChildNodes()) {
            collectCalls(child, into);
        }
        if (node instanceof MethodCallExpr call) {
            into.add(call); // after its arguments and scope: the order calls run in
        }
    }

    /** Whether a statement cannot finish normally: it returns, throws, breaks or continues. */
    private static boolean leaves(Statement statement) {
        if (statement instanceof ReturnStmt || statement instanceof ThrowStmt || statement instanceof ContinueStmt
                || statement instanceof BreakStmt) {
            return true;
        }
        if (statement instanceof BlockStmt block) {
            return !block.getStatements().isEmpty() && leaves(block.getStatements().getLast().get());
        }
        if (statement instanceof IfStmt nested) {
            return nested.getElseStmt().isPresent() && leaves(nested.getThenStmt()) && leaves(nested.getElseStmt().get());
        }
        return false;
    }

    /** The statements after {@code statement} in its block or switch case. */
    private static List<Statement> following(Statement statement) {
        Node parent = statement.getParentNode().orElse(null);
        List<Statement> siblings = parent instanceof BlockStmt block ? block.getStatements()
                : parent instanceof SwitchEntry entry ? entry.getStatements() : List.of();
        int at = indexOf(siblings, statement);
        return at < 0 ? List.of() : siblings.subList(at + 1, siblings.size());
    }

    /** Whether code runs under a monitor or a lock. */
    private static boolean held(Node node) {
        return FieldWrites.monitorOf(node).isPresent();
    }

    /** Whether code runs while its object or class is set up, before other threads see it. */
    private static boolean inSetUp(Node node) {
        CompilationUnit unit = node.findCompilationUnit().orElse(null);
        if (unit == null) {
            return false;
        }
        Optional<MethodDeclaration> method = node.findAncestor(MethodDeclaration.class);
        if (method.isPresent() && method.get().isPublic() && !InstanceInitialisation.setsUp(method.get())
                && !method.get().getNameAsString().equals("main")) {
            return false; // a public method that is no set-up callback: anyone may call it, at any time
        }
        if (!unit.containsData(SET_UP)) {
            Set<Node> regions = Collections.newSetFromMap(new IdentityHashMap<>());
            regions.addAll(InstanceInitialisation.of(unit));
            regions.addAll(FieldWrites.staticInitialisation(unit));
            unit.setData(SET_UP, regions);
        }
        Set<Node> regions = unit.getData(SET_UP);
        for (Node current = node; current != null; current = current.getParentNode().orElse(null)) {
            if (current instanceof LambdaExpr lambda && !FieldWrites.runsNow(lambda)
                    || current instanceof ObjectCreationExpr creation && creation.getAnonymousClassBody().isPresent()) {
                return false; // runs later, on whichever thread calls it
            }
            if (regions.contains(current)) {
                return true;
            }
        }
        return false;
    }

    private static final DataKey<Set<Node>> SET_UP = new DataKey<>() {
    };

    // ---- what the target is -----------------------------------------------------------

    /** What a checked map or set is, when it is a field (its own, or one a base class in another file declares) holding a concurrent one. */
    private static Optional<Holds> concurrent(Atom atom, RuleContext context) {
        Expression target = atom.target();
        String name;
        Optional<Scopes.Declaration> declaration;
        if (target instanceof NameExpr simple) {
            name = simple.getNameAsString();
            declaration = Scopes.of(simple);
            if (declaration.isPresent() && declaration.get().kind() == Scopes.Kind.LOCAL) {
                // a local that holds the field: Map<K, V> cache = this.cache;
                Optional<Expression> value = declaration.get().declarator().flatMap(VariableDeclarator::getInitializer)
                        .map(Races::unwrap);
                if (value.isEmpty() || !(value.get() instanceof NameExpr || value.get() instanceof FieldAccessExpr f
                        && f.getScope() instanceof ThisExpr) || writes(declaration.get().owner(), name)) {
                    return Optional.empty();
                }
                return concurrent(new Atom(atom.kind(), atom.test(), value.get(), atom.key(), atom.absentWhen(),
                        atom.form()), context);
            }
        } else if (target instanceof FieldAccessExpr field && field.getScope() instanceof ThisExpr) {
            name = field.getNameAsString();
            declaration = Scopes.field(field, name);
        } else {
            return Optional.empty();
        }
        if (declaration.isPresent()) {
            return declaration.get().kind() == Scopes.Kind.FIELD ? declaration.get().declarator()
                    .flatMap(ConcurrentFields::holds) : Optional.empty();
        }
        return inherited(atom.test(), name, context);
    }

    /** A concurrent field that a base class in another file declares. */
    private static Optional<Holds> inherited(Node at, String name, RuleContext context) {
        Optional<ClassOrInterfaceDeclaration> owner = at.findAncestor(ClassOrInterfaceDeclaration.class);
        if (owner.isEmpty()) {
            return Optional.empty();
        }
        for (var extended : owner.get().getExtendedTypes()) {
            Optional<Holds> holds = context.project().textFacts(ConcurrentFields.INHERITED, extended.getNameAsString(),
                    owner.get()).map(facts -> facts.getOrDefault(extended.getNameAsString(), java.util.Map.of())
                    .get(name));
            if (holds.isPresent()) {
                return holds;
            }
        }
        return Optional.empty();
    }

    // ---- repositories -----------------------------------------------------------------

    private static Optional<Race> repositoryRace(Statement statement, Node site, Atom atom, MethodCallExpr act,
            String target, RuleContext context) {
        if (serializable(site) || catchesDuplicate(act)) {
            return Optional.empty();
        }
        Optional<String> type = declaredType(atom.target());
        if (type.isEmpty()) {
            return Optional.empty();
        }
        Optional<Repository> repository = context.project().textFacts(Persistence.KIND, type.get(),
                statement).map(facts -> facts.repositories().get(simpleName(type.get())));
        if (repository.isEmpty() || repository.get().locked().contains(atom.test().getNameAsString())) {
            return Optional.empty();
        }
        String entityName = simpleName(repository.get().entity());
        Optional<Entity> entity = context.project().type(type.get(), statement).flatMap(declared -> context.project()
                .textFacts(Persistence.KIND, repository.get().entity(), declared))
                .map(facts -> facts.entities().get(entityName));
        if (entity.isEmpty()) {
            return Optional.empty();
        }
        // each alternative (Or) must be unique for the lookup to guard the insert
        for (List<String> alternative : criteria(atom.test().getNameAsString())) {
            if (alternative.isEmpty() || !alternative.stream().allMatch(entity.get()::declares)) {
                return Optional.empty(); // a property of a base class or a nested path: not known here
            }
            if (!entity.get().uniqueWithin(new LinkedHashSet<>(alternative))) {
                return Optional.of(new Race(Kind.REPOSITORY, statement, atom.test(), act, target, atom.form().get(),
                        entityName, alternative));
            }
        }
        return Optional.empty();
    }

    /**
     * The properties a derived query compares for equality, per {@code Or} alternative:
     * {@code existsByEmailIgnoreCaseAndDeletedFalse} gives {@code [[email]]}.
     */
    static List<List<String>> criteria(String method) {
        Matcher derived = DERIVED.matcher(method);
        if (!derived.matches()) {
            return List.of();
        }
        String criteria = derived.group(1);
        int order = criteria.indexOf("OrderBy");
        if (order >= 0) {
            criteria = criteria.substring(0, order);
        }
        List<List<String>> alternatives = new ArrayList<>();
        for (String alternative : criteria.split("Or(?=[A-Z])")) {
            List<String> properties = new ArrayList<>();
            for (String part : alternative.split("And(?=[A-Z])")) {
                String property = part;
                boolean stripped = true;
                while (stripped) {
                    stripped = false;
                    for (String suffix : SpringData.EQUALITY_SUFFIXES) {
                        if (property.endsWith(suffix) && property.length() > suffix.length()) {
                            property = property.substring(0, property.length() - suffix.length());
                            stripped = true;
                        }
                    }
                }
                if (!property.isEmpty() && !NOT_EQUALITY.matcher(property).find()) {
                    properties.add(Character.toLowerCase(property.charAt(0)) + property.substring(1));
                }
            }
            alternatives.add(List.copyOf(properties));
        }
        return alternatives;
    }

    /** The declared type of the repository a lookup is made on: a field, parameter or local. */
    private static Optional<String> declaredType(Expression target) {
        Optional<Scopes.Declaration> declaration = target instanceof NameExpr name ? Scopes.of(name)
                : target instanceof FieldAccessExpr field && field.getScope() instanceof ThisExpr
                        ? Scopes.field(field, field.getNameAsString()) : Optional.empty();
        return declaration.flatMap(Scopes.Declaration::writtenType)
                .filter(type -> type.isClassOrInterfaceType())
                .map(type -> type.asClassOrInterfaceType().getNameWithScope());
    }

    /** Whether the method (or else its class) runs in a {@code SERIALIZABLE} transaction. */
    private static boolean serializable(Node at) {
        Optional<MethodDeclaration> method = at.findAncestor(MethodDeclaration.class);
        Optional<AnnotationExpr> transactional = method.flatMap(m -> m.getAnnotationByName("Transactional"));
        if (transactional.isEmpty()) {
            transactional = at.findAncestor(TypeDeclaration.class)
                    .flatMap(type -> ((TypeDeclaration<?>) type).getAnnotationByName("Transactional"));
        }
        return transactional.filter(annotation -> annotation instanceof NormalAnnotationExpr normal && normal.getPairs()
                .stream().anyMatch(pair -> pair.getNameAsString().equals("isolation")
                        && text(pair.getValue()).endsWith("SERIALIZABLE"))).isPresent();
    }

    /** Whether the write sits in a {@code try} that catches a duplicate-key failure: the database guards it. */
    private static boolean catchesDuplicate(Node act) {
        for (Node current = act; current != null; current = current.getParentNode().orElse(null)) {
            if (current instanceof TryStmt attempt) {
                for (CatchClause clause : attempt.getCatchClauses()) {
                    String caught = text(clause.getParameter().getType());
                    if (SpringData.DUPLICATE_EXCEPTIONS.stream().anyMatch(caught::contains)) {
                        return true;
                    }
                }
            }
            if (current instanceof MethodDeclaration) {
                return false;
            }
        }
        return false;
    }

    // ---- helpers ----------------------------------------------------------------------

    private static String simpleName(String name) {
        return name.substring(name.lastIndexOf('.') + 1);
    }

    private static Expression unwrap(Expression expression) {
        return Expressions.unwrap(expression);
    }

    /** Where a statement stands among its siblings, by identity (a node's {@code equals} compares structure). */
    private static int indexOf(List<Statement> statements, Statement statement) {
        for (int i = 0; i < statements.size(); i++) {
            if (statements.get(i) == statement) {
                return i;
            }
        }
        return -1;
    }

    /** A map, set or repository as a message names it: its name, without {@code this.}. */
    private static String name(Expression target) {
        if (target instanceof NameExpr simple) {
            return simple.getNameAsString();
        }
        if (target instanceof FieldAccessExpr field && field.getScope() instanceof ThisExpr) {
            return field.getNameAsString();
        }
        return text(target);
    }

    private static String text(Node node) {
        return Expressions.text(node);
    }

    /** An expression as a message quotes it: short ones whole, long ones cut. */
    private static String quoted(Expression expression) {
        String text = text(expression);
        return text.length() <= 30 && !text.contains("\n") ? text : "…";
    }
}
