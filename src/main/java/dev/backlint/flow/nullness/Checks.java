package dev.backlint.flow.nullness;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.CastExpr;
import com.github.javaparser.ast.expr.ConditionalExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.InstanceOfExpr;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.LiteralExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.expr.UnaryExpr;
import com.github.javaparser.ast.expr.VariableDeclarationExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.CatchClause;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import com.github.javaparser.ast.stmt.ForEachStmt;
import com.github.javaparser.ast.stmt.IfStmt;
import com.github.javaparser.ast.stmt.ReturnStmt;
import com.github.javaparser.ast.stmt.Statement;
import com.github.javaparser.ast.stmt.SynchronizedStmt;
import com.github.javaparser.ast.stmt.ThrowStmt;
import com.github.javaparser.ast.type.Type;
import dev.backlint.api.TextTypes;
import dev.backlint.models.NullSources;
import dev.backlint.resolve.Body;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Methods of the scanned sources that check an argument for null: those whose body starts
 * by throwing when it is null (or asserting that it is not), and those that return a test
 * of it ({@code return value != null && !value.isBlank();}). Read from the method's own
 * body, so that a call from any file can rely on them.
 */
final class Checks {

    /** Member keys of {@link NullableMembers}: {@code ensures:name/arity:index} and the like. */
    static final String ENSURES = "ensures:";
    static final String WHEN_TRUE = "true:";
    static final String WHEN_FALSE = "false:";
    static final String ASSERTS = "asserts:";
    static final String NEVER_RETURNS = "never:";
    static final String NULL_ONLY_FOR = "null-for:";
    static final String NULL_IF_NULL = "null-if:";
    static final String CONTAINS = "contains:";
    static final String NULL_FLAG = "null-flag:";
    static final String NULL_WHEN_CALL = "null-when:";
    static final String NULL_UNLESS = "null-unless:";
    static final String DEREFERENCES = "derefs:";
    /**
     * Marks a parameter handed on, before anything else reads it, to a method that runs
     * exactly ({@code (new Sink()).badSink(data)}, {@code Helper.check(data)}, {@code check(data)}):
     * the value is {@code this|name/arity:j}, {@code new|Type|name/arity:j} or {@code static|Type|name/arity:j}.
     */
    static final String FORWARDS = "forwards:";
    /** Marks a method that dereferences a field of its object on entry: the value is the field's name. */
    static final String DEREFERENCES_FIELD = "derefs-field:";
    /** Marks a parameter dereferenced under a condition that reads no parameter: {@code if (verbose) log(p.trim());}. */
    static final String DEREFERENCES_IF = "derefs-if:";
    static final String KEYED = "keyed:";
    /** Calls that read how much a collection holds. */
    private static final Set<String> SIZES = Set.of("size", "isEmpty", "length");

    private Checks() {
    }

    /** Whether the method throws, before anything else, when its parameter {@code index} is null. */
    static boolean ensuresNonNull(MethodDeclaration method, int index) {
        String parameter = method.getParameter(index).getNameAsString();
        for (Statement statement : method.getBody().get().getStatements()) {
            if (statement instanceof IfStmt ifStmt && ifStmt.getElseStmt().isEmpty()
                    && holdsWhenNull(ifStmt.getCondition(), parameter) && throwsOnly(ifStmt.getThenStmt())) {
                return true; // if (p == null) throw, if (Objects.isNull(p)) throw, if (StringUtils.isBlank(p)) throw
            }
            if (statement instanceof ExpressionStmt expression && expression.getExpression() instanceof MethodCallExpr call
                    && isAssertion(call) && !call.getArguments().isEmpty()
                    && call.getArgument(0) instanceof NameExpr argument && argument.getNameAsString().equals(parameter)) {
                return true;
            }
            if (!(statement instanceof IfStmt) && !(statement instanceof ExpressionStmt)) {
                return false;
            }
        }
        return false;
    }

    /** Whether the method throws, before anything else, when its boolean parameter {@code index} is false. */
    static boolean assertsTrue(MethodDeclaration method, int index) {
        if (!method.getParameter(index).getType().asString().equals("boolean")) {
            return false;
        }
        String parameter = method.getParameter(index).getNameAsString();
        for (Statement statement : method.getBody().get().getStatements()) {
            if (statement instanceof IfStmt ifStmt && ifStmt.getElseStmt().isEmpty()
                    && unwrap(ifStmt.getCondition()) instanceof UnaryExpr not
                    && not.getOperator() == UnaryExpr.Operator.LOGICAL_COMPLEMENT
                    && isName(not.getExpression(), parameter) && throwsOnly(ifStmt.getThenStmt())) {
                return true;
            }
            if (statement instanceof ExpressionStmt expression && expression.getExpression() instanceof MethodCallExpr call
                    && !call.getArguments().isEmpty() && isName(call.getArgument(0), parameter)
                    && NullSources.assertsCondition(scopeName(call), call.getNameAsString())) {
                return true; // Assert.state(present, ..)
            }
            if (!(statement instanceof IfStmt) && !(statement instanceof ExpressionStmt)) {
                return false;
            }
        }
        return false;
    }

    /**
     * When the method's body is {@code return <test>;}, the outcome of the test that proves
     * parameter {@code index} not null: {@code true} for {@code p != null && …}, {@code false}
     * for {@code p == null || …}.
     */
    static Optional<Boolean> nonNullWhen(MethodDeclaration method, int index) {
        List<Statement> statements = method.getBody().get().getStatements();
        String parameter = method.getParameter(index).getNameAsString();
        if (statements.size() > 1 && statements.get(0) instanceof IfStmt first && first.getElseStmt().isEmpty()
                && holdsWhenNull(first.getCondition(), parameter)) {
            // if (p == null || p.isEmpty()) return false; … : true only for a p that is not null
            Optional<Boolean> returned = returnedBoolean(first.getThenStmt());
            if (returned.isPresent()) {
                return Optional.of(!returned.get());
            }
        }
        if (statements.size() != 1 || !(statements.get(0) instanceof ReturnStmt ret) || ret.getExpression().isEmpty()) {
            return Optional.empty();
        }
        Expression test = unwrap(ret.getExpression().get());
        if (conjunct(test, parameter, BinaryExpr.Operator.AND, BinaryExpr.Operator.NOT_EQUALS)) {
            return Optional.of(true);
        }
        if (conjunct(test, parameter, BinaryExpr.Operator.OR, BinaryExpr.Operator.EQUALS)) {
            return Optional.of(false);
        }
        return Optional.empty();
    }

    /**
     * The field a method tests for a key, when its body is {@code return map.containsKey(p);}
     * of a map field of its class and its parameter {@code index}.
     */
    static Optional<String> containsKeyOf(MethodDeclaration method, int index) {
        List<Statement> statements = method.getBody().get().getStatements();
        if (statements.size() != 1 || !(statements.get(0) instanceof ReturnStmt ret) || ret.getExpression().isEmpty()) {
            return Optional.empty();
        }
        return containsKeyIn(ret.getExpression().get(), method, index);
    }

    /** A {@code map.containsKey(p)} of a map field, alone or as a part of an {@code &&}. */
    private static Optional<String> containsKeyIn(Expression test, MethodDeclaration method, int index) {
        Expression inner = unwrap(test);
        if (inner instanceof BinaryExpr and && and.getOperator() == BinaryExpr.Operator.AND) {
            Optional<String> left = containsKeyIn(and.getLeft(), method, index);
            return left.isPresent() ? left : containsKeyIn(and.getRight(), method, index);
        }
        if (!(inner instanceof MethodCallExpr call)
                || !call.getNameAsString().equals("containsKey") || call.getArguments().size() != 1
                || !isName(call.getArgument(0), method.getParameter(index).getNameAsString())
                || call.getScope().isEmpty()) {
            return Optional.empty();
        }
        Expression map = unwrap(call.getScope().get());
        if (map instanceof FieldAccessExpr access && access.getScope().isThisExpr()) {
            return Optional.of(access.getNameAsString());
        }
        if (map instanceof NameExpr name && method.getParameterByName(name.getNameAsString()).isEmpty()) {
            return Optional.of(name.getNameAsString());
        }
        return Optional.empty();
    }

    /**
     * Whether the method never returns normally: its body ends with a {@code throw} and
     * holds no {@code return} ({@code fail(message)}, {@code raiseNotFound(id)}).
     */
    static boolean neverReturns(MethodDeclaration method) {
        return endsThrowing(method, true);
    }

    /**
     * Whether the method's body ends in a {@code throw} with no {@code return}; with
     * {@code delegating}, also when it ends by calling another method of its class that does
     * ({@code throwInvalidClient(name) { throwInvalidClient(name, null); }}).
     */
    private static boolean endsThrowing(MethodDeclaration method, boolean delegating) {
        if (method.getBody().isEmpty()) {
            return false;
        }
        List<Statement> statements = method.getBody().get().getStatements();
        if (statements.isEmpty() || method.getBody().get().findFirst(ReturnStmt.class).isPresent()
                || statements.stream().anyMatch(statement -> statement.isTryStmt() || statement.isLabeledStmt())) {
            return false;
        }
        Statement last = statements.get(statements.size() - 1);
        if (last instanceof ThrowStmt) {
            return true;
        }
        if (!delegating || !(last instanceof ExpressionStmt expression)
                || !(expression.getExpression() instanceof MethodCallExpr call)
                || call.getScope().isPresent() && !call.getScope().get().isThisExpr()
                || !(method.getParentNode().orElse(null) instanceof TypeDeclaration<?> type)) {
            return false;
        }
        List<MethodDeclaration> targets = type.getMethodsByName(call.getNameAsString()).stream()
                .filter(target -> target != method && target.getParameters().size() == call.getArguments().size()).toList();
        return targets.size() == 1 && endsThrowing(targets.get(0), false);
    }

    /**
     * The parameter whose null is the only way the method returns null: every
     * {@code return null} (or null arm of a returned {@code ?:}) is reached only when that
     * parameter is null ({@code if (p == null) return null;}, {@code p != null ? f(p) : null}),
     * and no other return hands back a value that may itself be null.
     */
    static Optional<Integer> nullOnlyFor(MethodDeclaration method) {
        BiFunction<Expression, Boolean, Integer> tested = (condition, nullThen) ->
                parameterTested(condition, method, nullThen);
        return nullOnlyWhen(method, ret -> guardAround(ret, method, tested), tested);
    }

    /**
     * What every {@code return null} of the method (or null arm of a returned {@code ?:}) is
     * reached under, as {@code guard} and {@code tested} name it, when it is one and the
     * same thing and no other return hands back a value that may itself be null.
     */
    private static <T> Optional<T> nullOnlyWhen(MethodDeclaration method, Function<ReturnStmt, T> guard,
                                                BiFunction<Expression, Boolean, T> tested) {
        T found = null;
        for (ReturnStmt ret : method.getBody().get().findAll(ReturnStmt.class)) {
            if (Body.nestedIn(ret, method) || ret.getExpression().isEmpty()) {
                continue;
            }
            Expression value = unwrap(ret.getExpression().get());
            T reason;
            if (value.isNullLiteralExpr()) {
                reason = guard.apply(ret);
            } else if (value instanceof ConditionalExpr conditional
                    && (unwrap(conditional.getThenExpr()).isNullLiteralExpr()
                    || unwrap(conditional.getElseExpr()).isNullLiteralExpr())) {
                boolean nullThen = unwrap(conditional.getThenExpr()).isNullLiteralExpr();
                reason = tested.apply(conditional.getCondition(), nullThen);
                if (mayBeNullValue(nullThen ? conditional.getElseExpr() : conditional.getThenExpr(), method)) {
                    return Optional.empty();
                }
            } else {
                if (mayBeNullValue(value, method)) {
                    return Optional.empty();
                }
                continue;
            }
            if (reason == null || found != null && !found.equals(reason)) {
                return Optional.empty();
            }
            found = reason;
        }
        return Optional.ofNullable(found);
    }

    /**
     * Whether the method returns null only under tests of its own object's state: a getter
     * of state that exists only once the object is started or configured ({@code if
     * (this.channel != null) return this.channel.address(); return null;}, {@code if
     * (isMetadataIndex()) return bits[i]; return null;}), or an index out of the object's
     * range ({@code if (i < 0 || i >= steps.length) return null;}). Its callers know that state.
     */
    static Optional<String> nullOnlyForState(MethodDeclaration method) {
        BiFunction<Expression, Boolean, String> tested = (condition, nullThen) ->
                stateTested(condition, method, nullThen);
        return nullOnlyWhen(method, ret -> guardAround(ret, method, tested), tested);
    }

    /**
     * Whether the method dereferences parameter {@code index} on entry, before anything can
     * test or replace it: in one of its first statements, outside conditionals, {@code &&},
     * {@code ||} and lambdas ({@code IO.writeLine("" + data.toString());}). A call that passes
     * null there throws.
     */
    static boolean dereferencesParameter(MethodDeclaration method, int index) {
        if (method.getParameter(index).isVarArgs()) {
            return false; // a null argument there arrives inside an array
        }
        String current = method.getParameter(index).getNameAsString();
        for (Statement statement : method.getBody().get().getStatements()) {
            String name = current;
            // a local that copies it first, through a cast: Integer data = (Integer) dataObject;
            if (statement instanceof ExpressionStmt copy
                    && copy.getExpression() instanceof VariableDeclarationExpr declaration
                    && declaration.getVariables().size() == 1
                    && declaration.getVariable(0).getInitializer().filter(value -> isName(NullnessFlow.unwrap(value), name)).isPresent()
                    && !declaration.getVariable(0).getType().isPrimitiveType()) {
                current = declaration.getVariable(0).getNameAsString();
                continue;
            }
            Node evaluated = statement instanceof ExpressionStmt expression ? expression.getExpression()
                    : statement instanceof ReturnStmt ret ? ret.getExpression().orElse(null)
                    : statement instanceof ThrowStmt thrown ? thrown.getExpression()
                    : statement instanceof IfStmt ifStmt ? ifStmt.getCondition()
                    : statement instanceof ForEachStmt loop ? loop.getIterable()
                    : statement instanceof SynchronizedStmt sync ? sync.getExpression()
                    : null;
            if (evaluated == null) {
                return false;
            }
            if (mentionsUncertainly(evaluated, name)) {
                return false; // tested, reassigned or read only on some paths: not on entry for sure
            }
            if (dereferencedSurely(evaluated, name)) {
                return true;
            }
            if (!(statement instanceof ExpressionStmt) || evaluated.findFirst(NameExpr.class,
                    use -> use.getNameAsString().equals(name)).isPresent()) {
                return false; // control leaves the straight line, or the value goes elsewhere first
            }
        }
        return false;
    }

    /**
     * Whether the method dereferences parameter {@code index} inside an {@code if} whose
     * condition reads none of its parameters ({@code if (badPrivate) IO.writeLine(data.trim());},
     * {@code if (Settings.verbose) log(data.length());}), with nothing before it that tests or
     * replaces the parameter: when the condition holds, a null passed there throws. The
     * condition is state the arguments cannot be correlated with.
     */
    static boolean dereferencesParameterUnderCondition(MethodDeclaration method, int index) {
        if (method.getParameter(index).isVarArgs()) {
            return false;
        }
        String name = method.getParameter(index).getNameAsString();
        Set<String> parameters = new HashSet<>();
        method.getParameters().forEach(parameter -> parameters.add(parameter.getNameAsString()));
        return underCondition(method.getBody().get().getStatements(), name, parameters, 0);
    }

    private static boolean underCondition(List<Statement> statements, String name, Set<String> parameters, int depth) {
        if (depth > 3) {
            return false;
        }
        for (Statement statement : statements) {
            if (!(statement instanceof IfStmt ifStmt)
                    || ifStmt.getCondition().findFirst(NameExpr.class, read -> parameters.contains(read.getNameAsString())).isPresent()) {
                return false; // only a straight line of tests of state leads to the dereference
            }
            List<Statement> then = ifStmt.getThenStmt() instanceof BlockStmt block
                    ? block.getStatements() : List.of(ifStmt.getThenStmt());
            if (!then.isEmpty() && straightDereference(then, name)) {
                return true;
            }
            if (underCondition(then, name, parameters, depth + 1)) {
                return true;
            }
            if (ifStmt.findFirst(NameExpr.class, read -> read.getNameAsString().equals(name)).isPresent()) {
                return false;
            }
        }
        return false;
    }

    /**
     * Whether the first statements of a block dereference the name, surely and before
     * anything tests or replaces it, as {@link #dereferencesParameter} reads a body.
     */
    private static boolean straightDereference(List<Statement> statements, String name) {
        for (Statement statement : statements) {
            Node evaluated = statement instanceof ExpressionStmt expression ? expression.getExpression()
                    : statement instanceof ReturnStmt ret ? ret.getExpression().orElse(null)
                    : statement instanceof ThrowStmt thrown ? thrown.getExpression()
                    : null;
            if (evaluated == null || mentionsUncertainly(evaluated, name)) {
                return false;
            }
            if (dereferencedSurely(evaluated, name)) {
                return true;
            }
            if (!(statement instanceof ExpressionStmt) || evaluated.findFirst(NameExpr.class,
                    use -> use.getNameAsString().equals(name)).isPresent()) {
                return false;
            }
        }
        return false;
    }

    /**
     * Where the method hands parameter {@code index} on before anything else reads it: a
     * statement of its straight-line start that is a call taking the parameter itself as an
     * argument, on {@code this}, a new object or a class ({@code (new Sink()).badSink(data,
     * request)}). A chain of such calls ends in a method that dereferences the value or not;
     * which, the facts of each class in it tell.
     */
    static Optional<String> forwardedParameter(MethodDeclaration method, int index) {
        if (method.getParameter(index).isVarArgs()) {
            return Optional.empty();
        }
        String name = method.getParameter(index).getNameAsString();
        for (Statement statement : method.getBody().get().getStatements()) {
            if (!(statement instanceof ExpressionStmt expression)) {
                return Optional.empty();
            }
            if (expression.getExpression() instanceof MethodCallExpr call) {
                for (int j = 0; j < call.getArguments().size(); j++) {
                    if (isName(unwrap(call.getArgument(j)), name)) {
                        String target = call.getNameAsString() + "/" + call.getArguments().size() + ":" + j;
                        Expression scope = call.getScope().map(Checks::unwrap).orElse(null);
                        if (scope == null || scope.isThisExpr()) {
                            return Optional.of("this|" + target);
                        }
                        if (scope instanceof com.github.javaparser.ast.expr.ObjectCreationExpr creation
                                && creation.getAnonymousClassBody().isEmpty()) {
                            return Optional.of("new|" + creation.getType().getNameWithScope() + "|" + target);
                        }
                        if (scope instanceof NameExpr type && Character.isUpperCase(type.getNameAsString().charAt(0))) {
                            return Optional.of("static|" + type.getNameAsString() + "|" + target);
                        }
                        return Optional.empty();
                    }
                }
            }
            if (expression.findFirst(NameExpr.class, use -> use.getNameAsString().equals(name)).isPresent()) {
                return Optional.empty(); // read in some other way first
            }
        }
        return Optional.empty();
    }

    /**
     * The field of its object the method dereferences on entry, before anything can test or
     * replace it: read directly or through a local that copies it first ({@code String data =
     * dataBad; log(data.length());}). A caller that has just set that field to null makes
     * the call throw.
     */
    static Optional<String> fieldDereferencedOnEntry(MethodDeclaration method, Set<String> fields) {
        if (fields.isEmpty()) {
            return Optional.empty();
        }
        Map<String, String> aliases = new java.util.HashMap<>(); // a name read in the body, and the field it holds
        for (Statement statement : method.getBody().get().getStatements()) {
            if (statement instanceof ExpressionStmt copy
                    && copy.getExpression() instanceof com.github.javaparser.ast.expr.VariableDeclarationExpr declaration
                    && declaration.getVariables().size() == 1 && !declaration.getVariable(0).getType().isPrimitiveType()) {
                String copied = declaration.getVariable(0).getInitializer().map(Checks::unwrap)
                        .map(value -> fieldOf(value, fields, method)).orElse(null);
                if (copied != null) {
                    aliases.put(declaration.getVariable(0).getNameAsString(), copied);
                    continue;
                }
            }
            Node evaluated = statement instanceof ExpressionStmt expression ? expression.getExpression()
                    : statement instanceof ReturnStmt ret ? ret.getExpression().orElse(null)
                    : statement instanceof ThrowStmt thrown ? thrown.getExpression()
                    : null;
            if (evaluated == null) {
                return Optional.empty();
            }
            for (Map.Entry<String, String> alias : aliases.entrySet()) {
                if (mentionsUncertainly(evaluated, alias.getKey())) {
                    return Optional.empty();
                }
                if (dereferencedSurely(evaluated, alias.getKey())) {
                    return Optional.of(alias.getValue());
                }
            }
            Optional<String> direct = evaluated.findFirst(NameExpr.class, use -> fieldOf(use, fields, method) != null
                    && NullnessFlow.dereferencer(use) != null && surely(use, evaluated)).map(use -> use.getNameAsString());
            if (direct.isPresent() && !mentionsUncertainly(evaluated, direct.get())) {
                return direct;
            }
            if (!(statement instanceof ExpressionStmt) || evaluated.findFirst(com.github.javaparser.ast.expr.AssignExpr.class).isPresent()
                    || evaluated.findFirst(MethodCallExpr.class, call -> call.getScope().isEmpty()).isPresent()) {
                return Optional.empty(); // control leaves the straight line, or the object's fields may change
            }
        }
        return Optional.empty();
    }

    /** The instance field an expression reads by its name ({@code data}, {@code this.data}), where no parameter hides it. */
    private static String fieldOf(Expression value, Set<String> fields, MethodDeclaration method) {
        String name = value instanceof NameExpr read ? read.getNameAsString()
                : value instanceof com.github.javaparser.ast.expr.FieldAccessExpr access && access.getScope().isThisExpr()
                ? access.getNameAsString() : null;
        return name != null && fields.contains(name) && method.getParameterByName(name).isEmpty() ? name : null;
    }

    /**
     * Whether the method returns null on a branch that a random draw decides ({@code if (new
     * SecureRandom().nextBoolean()) return null;}, {@code Math.random() < 0.5 ? null : name}):
     * no state of the program, nothing its callers could keep, says when.
     */
    static boolean nullAtRandom(MethodDeclaration method) {
        return method.getBody().get().findFirst(com.github.javaparser.ast.expr.NullLiteralExpr.class, literal -> {
            if (dev.backlint.resolve.Body.nestedIn(literal, method)) {
                return false;
            }
            Node child = literal;
            for (Node parent = literal.getParentNode().orElse(null); parent != null && parent != method;
                    child = parent, parent = parent.getParentNode().orElse(null)) {
                Expression condition = parent instanceof IfStmt ifStmt && ifStmt.getCondition() != child ? ifStmt.getCondition()
                        : parent instanceof com.github.javaparser.ast.expr.ConditionalExpr conditional
                        && conditional.getCondition() != child ? conditional.getCondition() : null;
                if (condition != null && condition.findFirst(MethodCallExpr.class, Checks::randomDraw).isPresent()) {
                    return literal.getParentNode().filter(ReturnStmt.class::isInstance).isPresent()
                            || literal.getParentNode().filter(com.github.javaparser.ast.expr.ConditionalExpr.class::isInstance)
                            .flatMap(Node::getParentNode).filter(ReturnStmt.class::isInstance).isPresent();
                }
            }
            return false;
        }).isPresent();
    }

    /** Whether a call draws a random value: {@code nextBoolean()} and its kin, {@code Math.random()}. */
    private static boolean randomDraw(MethodCallExpr call) {
        return RANDOM_DRAWS.contains(call.getNameAsString()) && call.getArguments().size() <= 2
                || call.getNameAsString().equals("random") && call.getArguments().isEmpty()
                && call.getScope().filter(scope -> scope.toString().equals("Math")).isPresent();
    }

    private static final Set<String> RANDOM_DRAWS = Set.of("nextBoolean", "nextInt", "nextLong", "nextDouble",
            "nextFloat", "nextGaussian");

    /** Whether the expression dereferences the name wherever it is evaluated. */
    private static boolean dereferencedSurely(Node evaluated, String name) {
        return evaluated.findFirst(NameExpr.class, use -> use.getNameAsString().equals(name)
                && NullnessFlow.dereferencer(use) != null && surely(use, evaluated)).isPresent();
    }

    /** Whether the expression tests the name for null, assigns it, or reads it under a condition. */
    private static boolean mentionsUncertainly(Node evaluated, String name) {
        return evaluated.findFirst(BinaryExpr.class, binary -> comparedWithNull(binary)
                        .filter(checked -> isName(checked, name)).isPresent()).isPresent()
                || evaluated.findFirst(AssignExpr.class,
                        assign -> isName(assign.getTarget(), name)).isPresent()
                || evaluated.findFirst(InstanceOfExpr.class,
                        test -> isName(test.getExpression(), name)).isPresent();
    }

    /** Whether a use is evaluated whenever the expression is: not in a lambda, a conditional's arm or the right of && and ||. */
    private static boolean surely(Node use, Node evaluated) {
        Node child = use;
        for (Node parent = use.getParentNode().orElse(null); parent != null && child != evaluated;
                child = parent, parent = parent.getParentNode().orElse(null)) {
            if (parent instanceof LambdaExpr
                    || parent instanceof ConditionalExpr conditional && conditional.getCondition() != child
                    || parent instanceof BinaryExpr binary && binary.getRight() == child
                    && (binary.getOperator() == BinaryExpr.Operator.AND || binary.getOperator() == BinaryExpr.Operator.OR)
                    || parent instanceof ObjectCreationExpr creation
                    && creation.getAnonymousClassBody().isPresent()) {
                return false;
            }
        }
        return true;
    }

    /**
     * For a method that returns null only when a test of a parameter has one outcome
     * ({@code if (!field.contains("*")) return null;}): {@code "index|test|outcome"}, the
     * parameter, the test with {@code #} for the parameter ({@code #.contains("*")}), and the
     * outcome under which it returns null. A caller that saw the other outcome gets a value.
     */
    static Optional<String> nullUnlessTest(MethodDeclaration method) {
        BiFunction<Expression, Boolean, String> tested = (condition, nullThen) ->
                parameterTest(condition, method, nullThen);
        return nullOnlyWhen(method, ret -> guardAround(ret, method, tested), tested);
    }

    /** {@code "index|test|outcome"} when the condition with {@code outcome} is a call on a parameter with fixed arguments. */
    private static String parameterTest(Expression condition, MethodDeclaration method, boolean outcome) {
        Expression test = unwrap(condition);
        if (test instanceof UnaryExpr not
                && not.getOperator() == UnaryExpr.Operator.LOGICAL_COMPLEMENT) {
            return parameterTest(not.getExpression(), method, !outcome);
        }
        if (!(test instanceof MethodCallExpr call) || call.getScope().isEmpty()
                || !call.getArguments().stream().allMatch(argument -> unwrap(argument) instanceof LiteralExpr)) {
            return null;
        }
        for (int i = 0; i < method.getParameters().size(); i++) {
            if (isName(call.getScope().get(), method.getParameter(i).getNameAsString())) {
                MethodCallExpr template = call.clone();
                template.setScope(new NameExpr("#"));
                return i + "|" + template + "|" + outcome;
            }
        }
        return null;
    }

    /**
     * Whether the method looks something up by a key: one of its parameters is text, a
     * number or a {@code UUID} ({@code find(Context c, UUID id)}, {@code resolve(String handle)}),
     * rather than only objects whose state decides the answer ({@code getPrevious(history, version)}),
     * and none is a {@code Class} ({@code getNamedPlugin(Class<?> type, String name)}).
     */
    static boolean lookupByKey(MethodDeclaration method) {
        List<String> types = method.getParameters().stream().map(parameter -> parameter.getType().asString()).toList();
        // a lookup by a Class as well is a registry of plugins or beans that the deployment configures
        return types.stream().anyMatch(KEY_TYPES::contains)
                && types.stream().noneMatch(type -> type.equals("Class") || type.startsWith("Class<"));
    }

    private static final Set<String> KEY_TYPES = Set.of("String", "UUID", "java.util.UUID", "Long", "long", "Integer",
            "int", "Short", "short", "CharSequence");

    /**
     * Whether the method searches an XML document's nodes ({@code getChildNodes()},
     * {@code getElementsByTagName}, {@code getFirstChild}) of a {@code Node}, {@code Element} or
     * {@code Document} parameter: its null means the document lacks the node, which the
     * document's schema, not the caller, decides.
     */
    static boolean documentSearch(MethodDeclaration method) {
        boolean nodeParameter = method.getParameters().stream().map(parameter -> parameter.getType().asString())
                .anyMatch(type -> DOM_TYPES.contains(type) || type.startsWith("org.w3c.dom."));
        return nodeParameter && method.getBody().get().findFirst(MethodCallExpr.class,
                call -> DOM_SEARCHES.contains(call.getNameAsString())).isPresent();
    }

    private static final Set<String> DOM_TYPES = Set.of("Node", "Element", "Document");
    private static final Set<String> DOM_SEARCHES = Set.of("getChildNodes", "getElementsByTagName",
            "getElementsByTagNameNS", "getFirstChild", "getNextSibling", "getAttributes");

    /**
     * Whether the method returns null only where an access check of the caller failed:
     * every {@code return null} sits under a test that names authorisation, permission or
     * access ({@code if (!evaluator.evaluate(preAuthorizeValue, ..)) return null;}). Its
     * callers pass objects the user may see; for them it returns a value.
     */
    static boolean nullOnlyWhenDenied(MethodDeclaration method) {
        BiFunction<Expression, Boolean, String> tested = (condition, nullThen) ->
                condition.findFirst(MethodCallExpr.class, Checks::accessCheck).isPresent() ? "denied" : null;
        return nullOnlyWhen(method, ret -> guardAround(ret, method, tested), tested).isPresent();
    }

    /**
     * A call that decides whether the caller may see or do something: named so
     * ({@code isAuthorized}, {@code hasPermission}, {@code canRead}), or given such a rule
     * ({@code evaluator.evaluate(preAuthorizeValue, ..)}).
     */
    private static boolean accessCheck(MethodCallExpr call) {
        if (ACCESS_CALL.matcher(call.getNameAsString()).find()) {
            return true;
        }
        return call.getArguments().stream().map(Checks::unwrap).anyMatch(argument ->
                argument instanceof NameExpr name && ACCESS_RULE.matcher(name.getNameAsString()).find()
                        || argument instanceof MethodCallExpr inner && ACCESS_RULE.matcher(inner.getNameAsString()).find());
    }

    private static final Pattern ACCESS_CALL = Pattern.compile(
            "^(is|has|can|check|verify|require)(Authori[sz]ed|Permission|Permitted|Privilege|Allowed|Granted|Access|Role|Read|View)"
                    + "|(?i)authori[sz]");
    private static final Pattern ACCESS_RULE = Pattern.compile(
            "(?i)(authori[sz]|permission|privilege)");

    /**
     * What {@code tested} finds in the test a {@code return null} is reached under: the test
     * of an {@code if} around it, or of an earlier {@code if} of the same block that returns.
     */
    private static <T> T guardAround(ReturnStmt ret, MethodDeclaration method,
                                     BiFunction<Expression, Boolean, T> tested) {
        Node child = ret;
        for (Node parent = ret.getParentNode().orElse(null); parent != null && parent != method;
                child = parent, parent = parent.getParentNode().orElse(null)) {
            if (parent instanceof IfStmt ifStmt && ifStmt.getCondition() != child) {
                T field = tested.apply(ifStmt.getCondition(), ifStmt.getThenStmt() == child);
                if (field != null) {
                    return field;
                }
            }
            if (parent instanceof BlockStmt block && child instanceof Statement statement) {
                for (Statement earlier : block.getStatements()) {
                    if (earlier == statement) {
                        break;
                    }
                    if (earlier instanceof IfStmt ifStmt && ifStmt.getElseStmt().isEmpty() && endsInReturn(ifStmt.getThenStmt())) {
                        T field = tested.apply(ifStmt.getCondition(), false);
                        if (field != null) {
                            return field;
                        }
                    }
                }
            }
        }
        return null;
    }

    private static boolean endsInReturn(Statement statement) {
        Statement last = statement instanceof BlockStmt block
                ? block.getStatements().getLast().orElse(null) : statement;
        return last instanceof ReturnStmt;
    }

    /**
     * {@code "state"} when the condition reads nothing but the object's own state (its
     * fields, its methods without arguments), numbers passed in, and constants.
     */
    private static String stateTested(Expression condition, MethodDeclaration method, boolean outcome) {
        Set<String> fields = method.getParentNode()
                .filter(owner -> owner instanceof TypeDeclaration<?>)
                .map(owner -> ((TypeDeclaration<?>) owner).getFields().stream()
                        .flatMap(field -> field.getVariables().stream())
                        .map(VariableDeclarator::getNameAsString)
                        .collect(Collectors.toSet()))
                .orElse(Set.of());
        Set<String> numbers = new HashSet<>();
        method.getParameters().stream().filter(p -> p.getType().isPrimitiveType())
                .forEach(p -> numbers.add(p.getNameAsString()));
        Set<String> others = new HashSet<>();
        method.getParameters().stream().filter(p -> !p.getType().isPrimitiveType())
                .forEach(p -> others.add(p.getNameAsString()));
        boolean[] state = {true};
        boolean[] own = {false};
        unwrap(condition).walk(node -> {
            if (node instanceof NameExpr name) {
                String read = name.getNameAsString();
                boolean field = fields.contains(read) && !others.contains(read) && !numbers.contains(read);
                own[0] |= field;
                // a field, a number passed in (an index checked against the object's size), or a type's name
                state[0] &= field || numbers.contains(read) || Character.isUpperCase(read.charAt(0));
            } else if (node instanceof FieldAccessExpr access && access.getScope().isThisExpr()) {
                own[0] = true;
            } else if (node instanceof MethodCallExpr call && (call.getScope().isEmpty() || call.getScope().get().isThisExpr())) {
                own[0] = true;
                state[0] &= call.getArguments().isEmpty();
            } else if (node instanceof MethodCallExpr call && call.getArguments().isEmpty()
                    && call.getNameAsString().equals("get") && call.getScope().map(Checks::unwrap)
                    .filter(scope -> atomicField(scope, method)).isPresent()) {
                own[0] = true; // this.started.get(): a flag of the object's life cycle
            } else if (node instanceof MethodCallExpr call) {
                // what a field holds is data, not the object's state: only its size counts
                state[0] &= call.getArguments().isEmpty() && SIZES.contains(call.getNameAsString());
            } else if (node instanceof LambdaExpr) {
                state[0] = false;
            }
        });
        return state[0] && own[0] ? "state" : null;
    }

    /** Whether the expression names a field of the method's class declared as an {@code AtomicBoolean}: a flag, not a count. */
    private static boolean atomicField(Expression scope, MethodDeclaration method) {
        String name = scope instanceof NameExpr simple ? simple.getNameAsString()
                : scope instanceof FieldAccessExpr access && access.getScope().isThisExpr()
                ? access.getNameAsString() : null;
        return name != null && method.getParentNode()
                .filter(owner -> owner instanceof TypeDeclaration<?>)
                .flatMap(owner -> ((TypeDeclaration<?>) owner).getFieldByName(name))
                .filter(field -> field.getElementType().asString().endsWith("AtomicBoolean")).isPresent();
    }

    /**
     * The parameter for which the method returns null before anything else when it is null:
     * its body starts with {@code if (p == null) return null;}, or is {@code return p != null
     * ? … : null;}. Whatever the method returns is then not null only where {@code p} is not.
     */
    static Optional<Integer> nullIfNull(MethodDeclaration method) {
        List<Statement> statements = method.getBody().get().getStatements();
        if (statements.isEmpty()) {
            return Optional.empty();
        }
        Statement first = statements.get(0);
        if (first instanceof IfStmt ifStmt && returnsNullOnly(ifStmt.getThenStmt())) {
            return Optional.ofNullable(parameterTested(ifStmt.getCondition(), method, true));
        }
        if (statements.size() == 1 && first instanceof ReturnStmt ret && ret.getExpression().isPresent()
                && unwrap(ret.getExpression().get()) instanceof ConditionalExpr conditional) {
            boolean nullThen = unwrap(conditional.getThenExpr()).isNullLiteralExpr();
            if (nullThen || unwrap(conditional.getElseExpr()).isNullLiteralExpr()) {
                return Optional.ofNullable(parameterTested(conditional.getCondition(), method, nullThen));
            }
        }
        return Optional.empty();
    }

    private static boolean returnsNullOnly(Statement statement) {
        Statement only = statement instanceof BlockStmt block
                && block.getStatements().size() == 1 ? block.getStatement(0) : statement;
        return only instanceof ReturnStmt ret && ret.getExpression().filter(e -> unwrap(e).isNullLiteralExpr()).isPresent();
    }

    /**
     * A returned value that may be null by itself: a null, a variable the method sets to
     * null, an unqualified call (a method of the class, which may return null), or a
     * conditional or cast of one.
     */
    private static boolean mayBeNullValue(Expression value, MethodDeclaration method) {
        Expression inner = unwrap(value);
        if (inner instanceof ConditionalExpr conditional) {
            return mayBeNullValue(conditional.getThenExpr(), method) || mayBeNullValue(conditional.getElseExpr(), method);
        }
        if (inner instanceof CastExpr cast) {
            return mayBeNullValue(cast.getExpression(), method);
        }
        if (inner instanceof NameExpr name) {
            String variable = name.getNameAsString();
            return method.getBody().get().findFirst(Node.class, node -> node instanceof AssignExpr assign
                    && isName(assign.getTarget(), variable) && unwrap(assign.getValue()).isNullLiteralExpr()
                    || node instanceof VariableDeclarator declarator
                    && declarator.getNameAsString().equals(variable)
                    && declarator.getInitializer().filter(init -> unwrap(init).isNullLiteralExpr()).isPresent()).isPresent();
        }
        return inner.isNullLiteralExpr() || inner instanceof MethodCallExpr call && call.getScope().isEmpty();
    }


    /** Text checks true for a null or empty argument ({@code StringUtils.isBlank}), by simple name. */
    private static final Set<String> NULL_OR_EMPTY_WHEN_TRUE = Set.of("isEmpty", "isBlank", "isNullOrEmpty");
    /** Text checks false for a null or empty argument ({@code StringUtils.hasText}), by simple name. */
    private static final Set<String> NULL_OR_EMPTY_WHEN_FALSE = Set.of("hasText", "hasLength", "isNotEmpty", "isNotBlank");

    /** The parameter {@code p} such that the condition with {@code outcome} means {@code p == null}. */
    private static Integer parameterTested(Expression condition, MethodDeclaration method, boolean outcome) {
        Expression test = unwrap(condition);
        if (test instanceof UnaryExpr not
                && not.getOperator() == UnaryExpr.Operator.LOGICAL_COMPLEMENT) {
            return parameterTested(not.getExpression(), method, !outcome);
        }
        if (test instanceof MethodCallExpr call && call.getArguments().size() == 1) {
            // StringUtils.isBlank(p), !StringUtils.hasText(p): null, or empty, of a text parameter
            String name = call.getNameAsString();
            boolean blank = outcome ? NULL_OR_EMPTY_WHEN_TRUE.contains(name) : NULL_OR_EMPTY_WHEN_FALSE.contains(name);
            for (int i = 0; i < method.getParameters().size() && blank; i++) {
                if (isName(call.getArgument(0), method.getParameter(i).getNameAsString())
                        && TextTypes.isString(method.getParameter(i).getType())) {
                    return i;
                }
            }
            return null;
        }
        if (!(test instanceof BinaryExpr binary)) {
            return null;
        }
        if (binary.getOperator() == (outcome ? BinaryExpr.Operator.OR : BinaryExpr.Operator.AND)) {
            // null == p || p.isEmpty(): null, or empty, of the same parameter
            Integer left = parameterTested(binary.getLeft(), method, outcome);
            Integer right = parameterTested(binary.getRight(), method, outcome);
            Integer index = left != null ? left : right;
            Expression other = left != null ? binary.getRight() : binary.getLeft();
            // only for text: an empty string is what a caller who checked would not pass; an empty
            // object of the code's own (details.isEmpty()) is a case the method answers with null
            return index != null && TextTypes.isString(method.getParameter(index).getType())
                    && emptiness(other, method.getParameter(index).getNameAsString(), outcome) ? index : null;
        }
        BinaryExpr.Operator nullWhen = outcome ? BinaryExpr.Operator.EQUALS : BinaryExpr.Operator.NOT_EQUALS;
        if (binary.getOperator() != nullWhen) {
            return null;
        }
        Expression checked = comparedWithNull(binary).orElse(null);
        if (checked == null) {
            return null;
        }
        for (int i = 0; i < method.getParameters().size(); i++) {
            if (isName(checked, method.getParameter(i).getNameAsString())) {
                return i;
            }
        }
        return null;
    }

    /**
     * The position of a statement in its block, by identity: {@code NodeList.indexOf} compares
     * by structure, and finds the first of two statements written alike.
     */
    static int indexOf(BlockStmt block, Node statement) {
        for (int i = 0; i < block.getStatements().size(); i++) {
            if (block.getStatement(i) == statement) {
                return i;
            }
        }
        return -1;
    }

    /** The types a catch clause handles: one, or each of a multi-catch. */
    static List<Type> caughtTypes(CatchClause handler) {
        Type caught = handler.getParameter().getType();
        return caught.isUnionType() ? List.copyOf(caught.asUnionType().getElements()) : List.of(caught);
    }

    /**
     * Whether a test with this outcome means {@code parameter} is empty: {@code p.isEmpty()},
     * {@code p.trim().isEmpty()}, {@code p.isBlank()}, {@code p.equals("")}, {@code
     * "".equals(p)}, {@code p.length() == 0} (negated for the outcome false).
     */
    private static boolean emptiness(Expression test, String parameter, boolean outcome) {
        Expression inner = unwrap(test);
        if (inner instanceof UnaryExpr not
                && not.getOperator() == UnaryExpr.Operator.LOGICAL_COMPLEMENT) {
            return emptiness(not.getExpression(), parameter, !outcome);
        }
        if (!outcome) {
            return false;
        }
        if (inner instanceof MethodCallExpr call) {
            String name = call.getNameAsString();
            if ((name.equals("isEmpty") || name.equals("isBlank")) && call.getArguments().isEmpty()) {
                return call.getScope().filter(scope -> onParameter(scope, parameter)).isPresent();
            }
            if (name.equals("equals") && call.getArguments().size() == 1) {
                Expression argument = unwrap(call.getArgument(0));
                Expression scope = call.getScope().map(Checks::unwrap).orElse(null);
                return scope != null && (argument.isStringLiteralExpr() && argument.asStringLiteralExpr().getValue().isEmpty()
                        && onParameter(scope, parameter) || scope.isStringLiteralExpr()
                        && scope.asStringLiteralExpr().getValue().isEmpty() && isName(argument, parameter));
            }
            return false;
        }
        return inner instanceof BinaryExpr binary && binary.getOperator() == BinaryExpr.Operator.EQUALS
                && unwrap(binary.getRight()).toString().equals("0")
                && unwrap(binary.getLeft()) instanceof MethodCallExpr length && length.getArguments().isEmpty()
                && (length.getNameAsString().equals("length") || length.getNameAsString().equals("size"))
                && length.getScope().filter(scope -> onParameter(scope, parameter)).isPresent();
    }

    /** {@code p}, or {@code p.trim()}/{@code p.strip()}. */
    private static boolean onParameter(Expression scope, String parameter) {
        Expression inner = unwrap(scope);
        if (inner instanceof MethodCallExpr trimmed && trimmed.getArguments().isEmpty()
                && (trimmed.getNameAsString().equals("trim") || trimmed.getNameAsString().equals("strip"))) {
            return trimmed.getScope().filter(s -> isName(s, parameter)).isPresent();
        }
        return isName(inner, parameter);
    }


    /**
     * When every {@code return null} of the method is reached only where a call on its
     * parameters returns null ({@code String note = session.getAuthNote(key); if (note ==
     * null) return null;}): {@code "receiver|method|argument"}, the parameters' indexes.
     */
    static Optional<String> nullWhenCall(MethodDeclaration method) {
        Map<String, String> calls = new HashMap<>();
        for (VariableDeclarator local
                : method.getBody().get().findAll(VariableDeclarator.class)) {
            local.getInitializer().map(Checks::unwrap).flatMap(init -> callOnParameters(init, method))
                    .ifPresent(template -> calls.put(local.getNameAsString(), template));
        }
        BiFunction<Expression, Boolean, String> tested = (condition, nullWhenTrue) -> {
            if (!(unwrap(condition) instanceof BinaryExpr binary) || binary.getOperator()
                    != (nullWhenTrue ? BinaryExpr.Operator.EQUALS : BinaryExpr.Operator.NOT_EQUALS)) {
                return null;
            }
            Expression checked = comparedWithNull(binary).map(Checks::unwrap).orElse(null);
            if (checked instanceof NameExpr name) {
                return calls.get(name.getNameAsString());
            }
            return checked == null ? null : callOnParameters(checked, method).orElse(null);
        };
        return nullOnlyWhen(method, ret -> {
            Node child = ret;
            for (Node parent = ret.getParentNode().orElse(null); parent != null && parent != method;
                    child = parent, parent = parent.getParentNode().orElse(null)) {
                if (parent instanceof IfStmt ifStmt && ifStmt.getCondition() != child) {
                    String template = tested.apply(ifStmt.getCondition(), ifStmt.getThenStmt() == child);
                    if (template != null) {
                        return template;
                    }
                }
            }
            return null;
        }, tested);
    }

    /** {@code p.m(q)} with {@code p} and {@code q} parameters: {@code "i|m|j"}. */
    private static Optional<String> callOnParameters(Expression expression, MethodDeclaration method) {
        if (!(expression instanceof MethodCallExpr call) || call.getArguments().size() != 1 || call.getScope().isEmpty()) {
            return Optional.empty();
        }
        int receiver = parameterIndex(call.getScope().get(), method);
        int argument = parameterIndex(call.getArgument(0), method);
        return receiver < 0 || argument < 0 ? Optional.empty()
                : Optional.of(receiver + "|" + call.getNameAsString() + "|" + argument);
    }

    private static int parameterIndex(Expression expression, MethodDeclaration method) {
        for (int i = 0; i < method.getParameters().size(); i++) {
            if (isName(expression, method.getParameter(i).getNameAsString())) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Whether every {@code return null} of the method comes right after a loop over a
     * registry: a {@code static final} field of its class that only static initialisation
     * fills ({@code for (Class<?> c : PARSERS.keySet()) if (…) return PARSERS.get(c).get();
     * return null;}), a field the container configures (set by a JavaBean setter or
     * injected, {@code @Autowired void setSidebarFacets(List<Facet> facets)}) that no method
     * adds to, or what an abstract getter of the class gives ({@code getIndexFactories()},
     * whose implementations provide the registry). The search misses only for a kind nobody
     * registered, which the code that registers every kind rules out.
     */
    static boolean registrySearch(MethodDeclaration method) {
        if (!(method.getParentNode().orElse(null) instanceof TypeDeclaration<?> type)) {
            return false;
        }
        boolean any = false;
        for (ReturnStmt ret : method.getBody().get().findAll(ReturnStmt.class)) {
            if (Body.nestedIn(ret, method)
                    || ret.getExpression().filter(e -> unwrap(e).isNullLiteralExpr()).isEmpty()) {
                continue;
            }
            if (!(ret.getParentNode().orElse(null) instanceof BlockStmt block)) {
                return false;
            }
            int at = Checks.indexOf(block, ret);
            if (at < 1 || !(block.getStatement(at - 1) instanceof ForEachStmt loop)
                    || !staticRegistry(loop.getIterable(), type)) {
                return false;
            }
            any = true;
        }
        return any;
    }

    /** {@code FIELD}, {@code FIELD.keySet()}, {@code FIELD.values()}, {@code FIELD.entrySet()} of a registry field. */
    private static boolean staticRegistry(Expression iterable, TypeDeclaration<?> type) {
        Expression inner = unwrap(iterable);
        if (inner instanceof MethodCallExpr view && view.getArguments().isEmpty() && view.getScope().isPresent()
                && Set.of("keySet", "values", "entrySet").contains(view.getNameAsString())) {
            inner = unwrap(view.getScope().get());
        }
        if (inner instanceof MethodCallExpr getter && getter.getArguments().isEmpty()
                && (getter.getScope().isEmpty() || getter.getScope().get().isThisExpr())) {
            return type.getMethodsByName(getter.getNameAsString()).stream()
                    .anyMatch(m -> m.getParameters().isEmpty() && m.isAbstract());
        }
        if (inner instanceof FieldAccessExpr access && access.getScope().isThisExpr()) {
            inner = new NameExpr(access.getNameAsString());
        }
        if (!(inner instanceof NameExpr name)) {
            return false;
        }
        Optional<FieldDeclaration> field = type.getFieldByName(name.getNameAsString());
        if (field.isEmpty() || !(field.get().isStatic() && field.get().isFinal() || configured(field.get(), type))) {
            return false;
        }
        // filled only where the class is initialised: no method of it adds to the registry
        return type.getMethods().stream().noneMatch(other -> other.findFirst(MethodCallExpr.class, call -> call.getScope()
                .filter(scope -> isName(scope, name.getNameAsString())).isPresent()
                && Set.of("put", "add", "remove", "clear", "putAll", "addAll", "computeIfAbsent")
                .contains(call.getNameAsString())).isPresent());
    }

    /** Annotations by which a container sets a field or a setter. */
    private static final Set<String> INJECTING = Set.of("Autowired", "Inject", "Resource", "Value");

    /**
     * Whether an instance field is set by the container: injected itself, or assigned only
     * from the parameter of a JavaBean setter ({@code setFacets(List<Facet> facets)}).
     */
    static boolean configured(FieldDeclaration field,
                                      TypeDeclaration<?> type) {
        if (field.isStatic()) {
            return false;
        }
        if (field.getAnnotations().stream().anyMatch(a -> INJECTING.contains(a.getName().getIdentifier()))) {
            return true;
        }
        List<AssignExpr> writes = fieldWrites(type, field.getVariable(0).getNameAsString());
        return !writes.isEmpty() && writes.stream().allMatch(write -> write.findAncestor(MethodDeclaration.class)
                .filter(setter -> setter(setter) && unwrap(write.getValue()) instanceof NameExpr value
                        && value.getNameAsString().equals(setter.getParameter(0).getNameAsString()))
                .isPresent());
    }

    /** The assignments in the type to its field of that name, written {@code name = ..} or {@code this.name = ..}. */
    static List<AssignExpr> fieldWrites(TypeDeclaration<?> type,
                                                                         String name) {
        return type.findAll(AssignExpr.class,
                assign -> unwrap(assign.getTarget()) instanceof NameExpr target && target.getNameAsString().equals(name)
                        || unwrap(assign.getTarget()) instanceof FieldAccessExpr access
                        && access.getScope().isThisExpr() && access.getNameAsString().equals(name));
    }

    /** Whether a method is a JavaBean setter: {@code setStores(Map stores)}, what a container calls to configure. */
    static boolean setter(MethodDeclaration method) {
        String name = method.getNameAsString();
        return method.getParameters().size() == 1 && name.length() > 3 && name.startsWith("set")
                && Character.isUpperCase(name.charAt(3));
    }

    /**
     * The reason a method may return null because it returns, unchecked, what a request or
     * the environment may lack: {@code return request.getParameter(name);}, or a local given
     * only that and returned ({@code data = request.getParameter("id"); return data;}). Read
     * from the syntax: the receiver is a parameter or field written as a servlet request, or
     * {@code System}. Empty when the method tests what it returns.
     */
    static Optional<String> returnsMissingValue(MethodDeclaration method) {
        String reason = null;
        for (ReturnStmt ret : method.getBody().get().findAll(ReturnStmt.class)) {
            if (Body.nestedIn(ret, method) || ret.getExpression().isEmpty()) {
                continue;
            }
            Expression returned = unwrap(ret.getExpression().get());
            Expression value = returned;
            if (returned instanceof NameExpr name) {
                List<Expression> values = new ArrayList<>();
                method.getBody().get().findAll(VariableDeclarator.class,
                        d -> d.getNameAsString().equals(name.getNameAsString()))
                        .forEach(d -> d.getInitializer().ifPresent(values::add));
                method.getBody().get().findAll(AssignExpr.class,
                        a -> isName(a.getTarget(), name.getNameAsString())).forEach(a -> values.add(a.getValue()));
                if (values.size() != 1 || method.getBody().get().findFirst(BinaryExpr.class, binary -> comparedWithNull(binary)
                        .filter(checked -> isName(checked, name.getNameAsString())).isPresent()).isPresent()) {
                    continue;
                }
                value = unwrap(values.get(0));
            }
            String found = missingValue(value, method);
            if (found != null) {
                reason = found;
            }
        }
        return Optional.ofNullable(reason);
    }

    /** Why a call may return null, when it reads a request parameter or header, or an environment variable or system property. */
    private static String missingValue(Expression value, MethodDeclaration method) {
        if (!(value instanceof MethodCallExpr call) || call.getArguments().size() != 1 || call.getScope().isEmpty()) {
            return null;
        }
        String name = call.getNameAsString();
        Expression scope = unwrap(call.getScope().get());
        if (scope instanceof NameExpr system && system.getNameAsString().equals("System")) {
            if (name.equals("getProperty") && unwrap(call.getArgument(0)) instanceof StringLiteralExpr key
                    && NullSources.STANDARD_PROPERTIES.contains(key.getValue())) {
                return null; // System.getProperty("user.name"): every JVM sets it
            }
            return name.equals("getenv") ? "the variable may be unset"
                    : name.equals("getProperty") ? NullSources.PROPERTY_UNSET : null;
        }
        if (!(scope instanceof NameExpr receiver) || !(name.equals("getParameter") || name.equals("getHeader"))) {
            return null;
        }
        boolean request = method.getParameters().stream().anyMatch(parameter -> parameter.getNameAsString()
                .equals(receiver.getNameAsString()) && REQUEST_TYPES.contains(parameter.getType().asString()));
        return !request ? null : name.equals("getParameter") ? "the parameter may be absent" : "the client may not send the header";
    }

    private static final Set<String> REQUEST_TYPES = Set.of("HttpServletRequest", "ServletRequest",
            "jakarta.servlet.http.HttpServletRequest", "javax.servlet.http.HttpServletRequest");

    /**
     * Whether every return of the method hands back null, and at least one hands back a local
     * only ever set to null ({@code String data; data = null; return data;}). A body that is
     * nothing but {@code return null;} is a placeholder, not this.
     */
    static boolean returnsNullOnEveryPath(MethodDeclaration method) {
        boolean local = false;
        for (ReturnStmt ret : method.getBody().get().findAll(ReturnStmt.class)) {
            if (Body.nestedIn(ret, method)) {
                continue;
            }
            Expression returned = ret.getExpression().map(Checks::unwrap).orElse(null);
            if (returned == null || !returned.isNullLiteralExpr() && !(returned instanceof NameExpr name
                    && onlyNull(method, name.getNameAsString()))) {
                return false;
            }
            local |= returned instanceof NameExpr;
        }
        return local;
    }

    /** Whether a local of the method is declared there and given nothing but null. */
    private static boolean onlyNull(MethodDeclaration method, String name) {
        List<Expression> values = new ArrayList<>();
        boolean local = false;
        for (VariableDeclarator declarator
                : method.getBody().get().findAll(VariableDeclarator.class)) {
            if (declarator.getNameAsString().equals(name)) {
                local = true;
                declarator.getInitializer().ifPresent(values::add);
            }
        }
        for (AssignExpr assign
                : method.getBody().get().findAll(AssignExpr.class)) {
            if (isName(assign.getTarget(), name)) {
                values.add(assign.getOperator() == AssignExpr.Operator.ASSIGN
                        ? assign.getValue() : assign); // a compound assignment is not a null
            }
        }
        return local && !values.isEmpty() && values.stream().allMatch(value -> unwrap(value).isNullLiteralExpr());
    }

    /**
     * Whether the method returns a local that is only ever given {@code null}: {@code String
     * data; data = null; return data;}. Such a method returns null on every path that gets
     * there, whoever calls it.
     */
    static boolean returnsAlwaysNullVariable(MethodDeclaration method) {
        return method.getBody().get().findAll(ReturnStmt.class).stream().anyMatch(ret -> !Body.nestedIn(ret, method)
                && ret.getExpression().map(Checks::unwrap).orElse(null) instanceof NameExpr returned
                && onlyNull(method, returned.getNameAsString()));
    }

    /**
     * The boolean parameter whose value is the only way the method returns null, and that
     * value: {@code if (result == null && nullOk) return null;} gives {@code "1:true"}. A
     * call that passes the other value as a literal gets no null.
     */
    static Optional<String> nullOnlyForFlag(MethodDeclaration method) {
        return nullOnlyWhen(method, ret -> {
            Node child = ret;
            for (Node parent = ret.getParentNode().orElse(null); parent != null && parent != method;
                    child = parent, parent = parent.getParentNode().orElse(null)) {
                if (parent instanceof IfStmt ifStmt && ifStmt.getThenStmt() == child) {
                    String flag = flagTested(ifStmt.getCondition(), method);
                    if (flag != null) {
                        return flag;
                    }
                }
            }
            return null;
        }, (condition, nullThen) -> nullThen ? flagTested(condition, method) : null);
    }

    /** {@code "i:true"} for a condition that holds only when boolean parameter i is true ({@code x && p}), {@code "i:false"} for {@code !p}. */
    private static String flagTested(Expression condition, MethodDeclaration method) {
        Expression test = unwrap(condition);
        if (test instanceof BinaryExpr binary && binary.getOperator() == BinaryExpr.Operator.AND) {
            String left = flagTested(binary.getLeft(), method);
            return left != null ? left : flagTested(binary.getRight(), method);
        }
        boolean value = true;
        if (test instanceof UnaryExpr not
                && not.getOperator() == UnaryExpr.Operator.LOGICAL_COMPLEMENT) {
            test = unwrap(not.getExpression());
            value = false;
        }
        for (int i = 0; i < method.getParameters().size(); i++) {
            Parameter parameter = method.getParameter(i);
            if (parameter.getType().asString().equals("boolean") && isName(test, parameter.getNameAsString())) {
                return i + ":" + value;
            }
        }
        return null;
    }

    /** Whether a condition holds whenever {@code p} is null: {@code p == null || …}, {@code CollectionUtils.isEmpty(p)}. */
    private static boolean holdsWhenNull(Expression condition, String parameter) {
        Expression inner = unwrap(condition);
        if (inner instanceof BinaryExpr binary && binary.getOperator() == BinaryExpr.Operator.OR) {
            return holdsWhenNull(binary.getLeft(), parameter) || holdsWhenNull(binary.getRight(), parameter);
        }
        if (inner instanceof UnaryExpr not
                && not.getOperator() == UnaryExpr.Operator.LOGICAL_COMPLEMENT
                && unwrap(not.getExpression()) instanceof MethodCallExpr call) {
            return testOf(call, parameter, NullSources.NON_NULL_WHEN_TRUE);
        }
        if (inner instanceof MethodCallExpr call) {
            return testOf(call, parameter, NullSources.NON_NULL_WHEN_FALSE);
        }
        return nullWhenTrue(inner, parameter);
    }

    private static boolean testOf(MethodCallExpr call, String parameter, Set<String> tests) {
        return call.getArguments().size() == 1 && isName(call.getArgument(0), parameter)
                && tests.contains(scopeName(call) + "." + call.getNameAsString());
    }

    /** {@code return true;} or {@code return false;}, alone or as the only statement of a block. */
    private static Optional<Boolean> returnedBoolean(Statement statement) {
        Statement only = statement instanceof BlockStmt block
                && block.getStatements().size() == 1 ? block.getStatement(0) : statement;
        return only instanceof ReturnStmt ret && ret.getExpression().filter(e -> e.isBooleanLiteralExpr()).isPresent()
                ? Optional.of(ret.getExpression().get().asBooleanLiteralExpr().getValue()) : Optional.empty();
    }

    /** {@code p <comparison> null} itself, or as an operand of a chain of {@code joiner}. */
    private static boolean conjunct(Expression test, String parameter, BinaryExpr.Operator joiner,
                                    BinaryExpr.Operator comparison) {
        Expression inner = unwrap(test);
        if (inner instanceof BinaryExpr binary && binary.getOperator() == joiner) {
            return conjunct(binary.getLeft(), parameter, joiner, comparison)
                    || conjunct(binary.getRight(), parameter, joiner, comparison);
        }
        return inner instanceof BinaryExpr binary && binary.getOperator() == comparison
                && (isName(binary.getLeft(), parameter) && binary.getRight().isNullLiteralExpr()
                || isName(binary.getRight(), parameter) && binary.getLeft().isNullLiteralExpr());
    }

    /** {@code p == null}, or {@code p == null || …}: true whenever p is null. */
    private static boolean nullWhenTrue(Expression condition, String parameter) {
        return conjunct(condition, parameter, BinaryExpr.Operator.OR, BinaryExpr.Operator.EQUALS);
    }

    private static boolean throwsOnly(Statement statement) {
        return statement instanceof ThrowStmt || statement.isBlockStmt()
                && statement.asBlockStmt().getStatements().stream().anyMatch(Statement::isThrowStmt);
    }

    private static boolean isAssertion(MethodCallExpr call) {
        return NullSources.NON_NULL_ASSERTIONS.contains(scopeName(call) + "." + call.getNameAsString());
    }

    /**
     * The last name of a call's scope ({@code Assert} of {@code org.springframework.util.Assert}),
     * "" without one, and a text no table row holds for any other scope (a call, a cast): read
     * without printing the scope.
     */
    static String scopeName(MethodCallExpr call) {
        if (call.getScope().isEmpty()) {
            return "";
        }
        Expression scope = call.getScope().get();
        return scope instanceof NameExpr name ? name.getNameAsString()
                : scope instanceof FieldAccessExpr access ? access.getNameAsString() : "()";
    }

    /** The operand of {@code x == null} or {@code x != null} (either side); empty for any other expression. */
    static Optional<Expression> comparedWithNull(Expression expression) {
        if (!(unwrap(expression) instanceof BinaryExpr binary) || binary.getOperator() != BinaryExpr.Operator.EQUALS
                && binary.getOperator() != BinaryExpr.Operator.NOT_EQUALS) {
            return Optional.empty();
        }
        return binary.getRight().isNullLiteralExpr() ? Optional.of(binary.getLeft())
                : binary.getLeft().isNullLiteralExpr() ? Optional.of(binary.getRight()) : Optional.empty();
    }

    static boolean isName(Expression expression, String name) {
        return unwrap(expression) instanceof NameExpr n && n.getNameAsString().equals(name);
    }

    private static Expression unwrap(Expression expression) {
        Expression inner = expression;
        while (inner instanceof EnclosedExpr enclosed) {
            inner = enclosed.getInner();
        }
        return inner;
    }
}
