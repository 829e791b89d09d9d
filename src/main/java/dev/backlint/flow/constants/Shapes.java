package dev.backlint.flow.constants;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.ArrayCreationExpr;
import com.github.javaparser.ast.expr.ArrayInitializerExpr;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.CastExpr;
import com.github.javaparser.ast.expr.ConditionalExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.LiteralStringValueExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.SwitchExpr;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import com.github.javaparser.ast.stmt.SwitchEntry;
import com.github.javaparser.ast.stmt.YieldStmt;
import com.github.javaparser.ast.expr.UnaryExpr;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import dev.backlint.api.Verdict;
import dev.backlint.flow.Budget;
import dev.backlint.resolve.Body;
import dev.backlint.resolve.Scopes;
import dev.backlint.matchers.Chains;
import dev.backlint.matchers.Concatenation;
import dev.backlint.matchers.TypeNames;

/**
 * The shapes of code whose value is fixed though not necessarily known: the part of
 * {@link ConstantEvaluator#constness} that follows locals, builders and collections. One
 * instance answers one question, within a bound on its steps; past the bound, or once the
 * rule's time is up, the answer is {@code UNKNOWN}.
 */
final class Shapes {

    private static final int MAX_DEPTH = 24;
    private static final Set<UnaryExpr.Operator> STEPS = Set.of(UnaryExpr.Operator.PREFIX_INCREMENT,
            UnaryExpr.Operator.PREFIX_DECREMENT, UnaryExpr.Operator.POSTFIX_INCREMENT,
            UnaryExpr.Operator.POSTFIX_DECREMENT);
    private static final Set<String> BUILDERS = Set.of("StringBuilder", "StringBuffer", "java.lang.StringBuilder",
            "java.lang.StringBuffer");
    private static final Set<String> SAME_TEXT_METHODS = Set.of("trim", "strip", "toUpperCase", "toLowerCase",
            "intern", "stripLeading", "stripTrailing");
    private static final Set<String> COLLECTION_FACTORIES = Set.of("List.of", "Set.of", "Arrays.asList",
            "Stream.of", "java.util.List.of", "java.util.Set.of", "java.util.Arrays.asList");

    private static final int MAX_STEPS = 20_000;

    private final ConstantEvaluator evaluator;
    /** Answers per local variable for this question. */
    private final java.util.Map<VariableDeclarator, Boolean> locals = new java.util.IdentityHashMap<>();
    /** Answers for uses of locals that are not constant everywhere, judged where they are used. */
    private final java.util.Map<NameExpr, Boolean> uses = new java.util.IdentityHashMap<>();
    private final Budget budget = new Budget(MAX_STEPS);

    Shapes(ConstantEvaluator evaluator) {
        this.evaluator = evaluator;
    }

    /** The answer for {@code expression}: {@code UNKNOWN} when the bound or the rule's time ran out. */
    Verdict constness(Expression expression) {
        boolean answer = isConstant(evaluator, expression, 0);
        return budget.exhausted() ? Verdict.UNKNOWN : Verdict.of(answer);
    }

    private boolean isConstant(ConstantEvaluator evaluator, Expression expression, int depth) {
        if (!budget.tick()) {
            return true; // past the bound, or the rule's time is up: the answer is unknown
        }
        if (depth > MAX_DEPTH) {
            budget.exhaust(); // nested past the bound: the answer is unknown, not "varies"
            return true;
        }
        if (evaluator.value(expression).isPresent() || expression instanceof LiteralStringValueExpr) {
            return true; // a literal is fixed by the code even when its text does not decode
        }
        int next = depth + 1;
        if (expression instanceof EnclosedExpr enclosed) {
            return isConstant(evaluator, enclosed.getInner(), next);
        }
        if (expression instanceof CastExpr cast) {
            return isConstant(evaluator, cast.getExpression(), next);
        }
        if (expression instanceof BinaryExpr binary && binary.getOperator() == BinaryExpr.Operator.PLUS) {
            // a long concatenation is one level, not one level per piece
            for (Expression piece : Concatenation.pieces(binary)) {
                if (!isConstant(evaluator, piece, next)) {
                    return false;
                }
            }
            return true;
        }
        if (expression instanceof ConditionalExpr conditional) {
            return isConstant(evaluator, conditional.getThenExpr(), next)
                    && isConstant(evaluator, conditional.getElseExpr(), next);
        }
        if (expression instanceof SwitchExpr switchExpr) {
            return constantSwitch(evaluator, switchExpr, next);
        }
        if (expression instanceof NameExpr name) {
            return constantName(evaluator, name, next);
        }
        if (expression instanceof FieldAccessExpr access && TypeNames.isTypeName(access.getScope())
                && isConstantName(access.getNameAsString())) {
            return true; // Type.NAME: a static final constant by every convention, fixed where it is read
        }
        if (expression instanceof FieldAccessExpr access && access.getScope().isThisExpr()) {
            return constantField(evaluator, access, access.getNameAsString(), next);
        }
        if (expression instanceof MethodCallExpr call) {
            return constantCall(evaluator, call, next);
        }
        return false;
    }

    private boolean constantCall(ConstantEvaluator evaluator, MethodCallExpr call, int depth) {
        String name = call.getNameAsString();
        String scope = call.getScope().map(Expression::toString).orElse("");
        List<Expression> arguments = call.getArguments();
        if ((scope.equals("String") || scope.equals("java.lang.String"))
                && (name.equals("format") || name.equals("valueOf"))) {
            return all(evaluator, arguments, depth);
        }
        if ((scope.equals("String") || scope.equals("java.lang.String")) && name.equals("join")) {
            if (arguments.size() == 2 && !isConstant(evaluator, arguments.get(1), depth)) {
                return isConstant(evaluator, arguments.get(0), depth) && constantElements(evaluator, arguments.get(1), depth);
            }
            return all(evaluator, arguments, depth);
        }
        if (call.getScope().isEmpty()) {
            return false;
        }
        Expression receiver = call.getScope().get();
        if (name.equals("formatted") || name.equals("concat") || SAME_TEXT_METHODS.contains(name)) {
            return isConstant(evaluator, receiver, depth) && all(evaluator, arguments, depth);
        }
        if (name.equals("toString") && arguments.isEmpty() && isConstantBuilder(evaluator, receiver, depth)) {
            return true;
        }
        // Status.ACTIVE.name(): an enum constant's name is fixed
        return (name.equals("name") || name.equals("toString")) && arguments.isEmpty()
                && receiver instanceof FieldAccessExpr constant && isConstantName(constant.getNameAsString())
                && Character.isUpperCase(constant.getScope().toString().charAt(0));
    }

    /** A {@code switch} expression whose every arm yields a constant (or throws). */
    private boolean constantSwitch(ConstantEvaluator evaluator, SwitchExpr switchExpr, int depth) {
        for (SwitchEntry entry : switchExpr.getEntries()) {
            switch (entry.getType()) {
                case EXPRESSION -> {
                    if (!(entry.getStatements().get(0) instanceof ExpressionStmt arm)
                            || !isConstant(evaluator, arm.getExpression(), depth)) {
                        return false;
                    }
                }
                case THROWS_STATEMENT -> {
                    // no value
                }
                default -> {
                    for (YieldStmt yield : entry.findAll(YieldStmt.class)) {
                        if (!isConstant(evaluator, yield.getExpression(), depth)) {
                            return false;
                        }
                    }
                }
            }
        }
        return true;
    }

    private static boolean isConstantName(String name) {
        return name.chars().allMatch(c -> Character.isUpperCase(c) || Character.isDigit(c) || c == '_');
    }

    private boolean all(ConstantEvaluator evaluator, List<Expression> expressions, int depth) {
        for (Expression expression : expressions) {
            if (!isConstant(evaluator, expression, depth)) {
                return false;
            }
        }
        return true;
    }

    /** {@code List.of("a", "b")}, {@code new String[] {"a"}}, {@code Collections.nCopies(n, "?")}, or a name for one. */
    private boolean constantElements(ConstantEvaluator evaluator, Expression expression, int depth) {
        if (depth > MAX_DEPTH) {
            budget.exhaust();
            return false;
        }
        if (expression instanceof MethodCallExpr call) {
            String name = call.getScope().map(s -> s + ".").orElse("") + call.getNameAsString();
            if (COLLECTION_FACTORIES.contains(name)) {
                return all(evaluator, call.getArguments(), depth + 1);
            }
            if ((name.equals("Collections.nCopies") || name.equals("java.util.Collections.nCopies"))
                    && call.getArguments().size() == 2) {
                return isConstant(evaluator, call.getArgument(1), depth + 1);
            }
            return false;
        }
        if (expression instanceof ArrayCreationExpr array) {
            return array.getInitializer().map(init -> all(evaluator, init.getValues(), depth + 1)).orElse(false);
        }
        if (expression instanceof ArrayInitializerExpr initializer) {
            return all(evaluator, initializer.getValues(), depth + 1);
        }
        if (expression instanceof NameExpr name) {
            Optional<VariableDeclarator> local = evaluator.localDeclaration(name);
            if (local.isPresent()) {
                return neverAssigned(local.get()) && local.get().getInitializer()
                        .map(init -> constantElements(evaluator, init, depth + 1)).orElse(false);
            }
            return finalField(name, name.getNameAsString())
                    .flatMap(VariableDeclarator::getInitializer)
                    .map(init -> constantElements(evaluator, init, depth + 1))
                    .orElse(false);
        }
        return false;
    }

    private boolean isConstantBuilder(ConstantEvaluator evaluator, Expression expression, int depth) {
        if (depth > MAX_DEPTH) {
            budget.exhaust();
            return false;
        }
        if (expression instanceof ObjectCreationExpr creation) {
            return BUILDERS.contains(creation.getType().getNameWithScope())
                    && creation.getAnonymousClassBody().isEmpty()
                    && creation.getArguments().stream().allMatch(argument -> isConstant(evaluator, argument, depth + 1)
                            || !looksLikeText(argument));
        }
        if (expression instanceof MethodCallExpr call && call.getNameAsString().equals("append")
                && call.getScope().isPresent()) {
            return isConstantBuilder(evaluator, call.getScope().get(), depth + 1)
                    && all(evaluator, call.getArguments(), depth + 1);
        }
        if (expression instanceof NameExpr name) {
            Optional<VariableDeclarator> local = evaluator.localDeclaration(name);
            if (local.isEmpty() || !neverAssigned(local.get())
                    || local.get().getInitializer().filter(init -> isConstantBuilder(evaluator, init, depth + 1)).isEmpty()) {
                return false;
            }
            // every append to the builder, anywhere in the method, adds a constant
            Node body = body(local.get());
            return body.findAll(MethodCallExpr.class, call -> Chains.root(call)
                            .filter(root -> root instanceof NameExpr n && n.getNameAsString().equals(name.getNameAsString()))
                            .isPresent())
                    .stream()
                    .allMatch(call -> !Set.of("append", "insert", "replace", "setLength", "reverse")
                            .contains(call.getNameAsString())
                            || (call.getNameAsString().equals("append") && all(evaluator, call.getArguments(), depth + 1)));
        }
        return false;
    }

    /** An int capacity passed to a builder's constructor is not text. */
    private static boolean looksLikeText(Expression argument) {
        return argument.isStringLiteralExpr() || argument.isTextBlockLiteralExpr() || argument.isBinaryExpr()
                || argument.isNameExpr() || argument.isMethodCallExpr();
    }

    private boolean constantName(ConstantEvaluator evaluator, NameExpr name, int depth) {
        if (evaluator.isParameterLike(name)) {
            return false;
        }
        Optional<VariableDeclarator> local = evaluator.localDeclaration(name);
        if (local.isEmpty()) {
            return constantField(evaluator, name, name.getNameAsString(), depth);
        }
                Boolean known = locals.get(local.get());
        if (known == null) {
            // assume constant while checking its own assignments (s = s + "x"): if every
            // other value is constant, so is this one
            locals.put(local.get(), true);
            known = constantLocal(evaluator, name, local.get(), depth);
            locals.put(local.get(), known);
        }
        return known || constantHere(evaluator, name, local.get(), depth);
    }

    /**
     * A local that is not constant everywhere may still be constant where it is used:
     * when every definition that reaches the use gives it a constant (a value replaced
     * by constants on every path).
     */
    private boolean constantHere(ConstantEvaluator evaluator, NameExpr name,
                                        VariableDeclarator declarator, int depth) {
        Boolean known = uses.get(name);
        if (known != null) {
            return known;
        }
        uses.put(name, true); // a definition that reads the variable itself adds nothing
        boolean answer = evaluator.reachingDefinitions(name, declarator)
                .map(definitions -> !definitions.isEmpty() && definitions.stream()
                        .allMatch(definition -> constantDefinition(evaluator, definition, depth)))
                .orElse(false);
        uses.put(name, answer);
        return answer;
    }

    private boolean constantDefinition(ConstantEvaluator evaluator, Node definition, int depth) {
        if (definition instanceof VariableDeclarator declarator) {
            return declarator.getInitializer().map(init -> isConstant(evaluator, init, depth)).orElse(false);
        }
        return definition instanceof AssignExpr assign
                && (assign.getOperator() == AssignExpr.Operator.ASSIGN || assign.getOperator() == AssignExpr.Operator.PLUS)
                && isConstant(evaluator, assign.getValue(), depth);
    }

    private boolean constantLocal(ConstantEvaluator evaluator, NameExpr name, VariableDeclarator declarator,
                                         int depth) {
        if (declarator.getInitializer().isPresent() && !isConstant(evaluator, declarator.getInitializer().get(), depth)) {
            return false;
        }
        String identifier = name.getNameAsString();
        Node body = body(declarator);
        boolean stepped = body.findFirst(UnaryExpr.class, unary -> unary.getExpression() instanceof NameExpr target
                && target.getNameAsString().equals(identifier) && STEPS.contains(unary.getOperator())).isPresent();
        if (stepped) {
            return false;
        }
        for (AssignExpr assign : body.findAll(AssignExpr.class, assign -> assign.getTarget() instanceof NameExpr target
                && target.getNameAsString().equals(identifier) && !DeadCode.isDead(assign, body, evaluator))) {
            boolean allowed = assign.getOperator() == AssignExpr.Operator.ASSIGN
                    || assign.getOperator() == AssignExpr.Operator.PLUS;
            if (!allowed || !isConstant(evaluator, assign.getValue(), depth)) {
                return false;
            }
        }
        return true;
    }

    private boolean constantField(ConstantEvaluator evaluator, Expression use, String identifier, int depth) {
        return finalField(use, identifier)
                .flatMap(VariableDeclarator::getInitializer)
                .map(init -> isConstant(evaluator, init, depth))
                .orElse(false);
    }

    /** A {@code final} field of that name in the class enclosing {@code use}. */
    private static Optional<VariableDeclarator> finalField(Node use, String identifier) {
        return Scopes.field(use, identifier)
                .filter(field -> field.node().getParentNode()
                        .filter(parent -> parent instanceof FieldDeclaration declaration && declaration.isFinal())
                        .isPresent())
                .flatMap(Scopes.Declaration::declarator);
    }

    private static boolean neverAssigned(VariableDeclarator declarator) {
        String identifier = declarator.getNameAsString();
        return body(declarator).findFirst(AssignExpr.class, assign -> assign.getTarget() instanceof NameExpr target
                && target.getNameAsString().equals(identifier)).isEmpty();
    }

    /** The body that declares a local. */
    private static Node body(VariableDeclarator declarator) {
        return Body.enclosing(declarator).map(Body::node).orElse(declarator);
    }
}
