package dev.backlint.flow.constants;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.BodyDeclaration;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
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
import com.github.javaparser.ast.expr.LambdaExpr;
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

/**
 * The shapes of code whose value is fixed though not necessarily known: the part of
 * {@link ConstantEvaluator#isConstant} that follows locals, builders and collections.
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

    private Shapes() {
    }

    /** One question's work: answers per local variable, and a bound on the steps taken. */
    private static final class Walk {
        private final java.util.Map<VariableDeclarator, Boolean> locals = new java.util.IdentityHashMap<>();
        /** Answers for uses of locals that are not constant everywhere, judged where they are used. */
        private final java.util.Map<NameExpr, Boolean> uses = new java.util.IdentityHashMap<>();
        private int steps = MAX_STEPS;
    }

    private static final int MAX_STEPS = 20_000;
    private static final ThreadLocal<Walk> WALK = new ThreadLocal<>();

    static boolean isConstant(ConstantEvaluator evaluator, Expression expression, int depth) {
        Walk walk = WALK.get();
        if (walk != null) {
            return constant(walk, evaluator, expression, depth);
        }
        walk = new Walk();
        WALK.set(walk);
        try {
            return constant(walk, evaluator, expression, depth);
        } finally {
            WALK.remove();
        }
    }

    private static boolean constant(Walk walk, ConstantEvaluator evaluator, Expression expression, int depth) {
        if (--walk.steps < 0 || (walk.steps & 1023) == 0 && Thread.currentThread().isInterrupted()) {
            walk.steps = -1; // past the bound, or the rule's time is up
            // past the bound the answer is unknown; rules report what is not constant, so
            // unknown must not count as "not constant"
            return true;
        }
        if (depth > MAX_DEPTH) {
            return false;
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
            return isConstant(evaluator, binary.getLeft(), next) && isConstant(evaluator, binary.getRight(), next);
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
        if (expression instanceof FieldAccessExpr access && access.getScope().isThisExpr()) {
            return constantField(evaluator, access, access.getNameAsString(), next);
        }
        if (expression instanceof MethodCallExpr call) {
            return constantCall(evaluator, call, next);
        }
        return false;
    }

    private static boolean constantCall(ConstantEvaluator evaluator, MethodCallExpr call, int depth) {
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
    private static boolean constantSwitch(ConstantEvaluator evaluator, SwitchExpr switchExpr, int depth) {
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

    private static boolean all(ConstantEvaluator evaluator, List<Expression> expressions, int depth) {
        for (Expression expression : expressions) {
            if (!isConstant(evaluator, expression, depth)) {
                return false;
            }
        }
        return true;
    }

    /** {@code List.of("a", "b")}, {@code new String[] {"a"}}, {@code Collections.nCopies(n, "?")}, or a name for one. */
    private static boolean constantElements(ConstantEvaluator evaluator, Expression expression, int depth) {
        if (depth > MAX_DEPTH) {
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

    private static boolean isConstantBuilder(ConstantEvaluator evaluator, Expression expression, int depth) {
        if (depth > MAX_DEPTH) {
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
            return body.findAll(MethodCallExpr.class, call -> chainRoot(call)
                            .filter(root -> root instanceof NameExpr n && n.getNameAsString().equals(name.getNameAsString()))
                            .isPresent())
                    .stream()
                    .allMatch(call -> !Set.of("append", "insert", "replace", "setLength", "reverse")
                            .contains(call.getNameAsString())
                            || (call.getNameAsString().equals("append") && all(evaluator, call.getArguments(), depth + 1)));
        }
        return false;
    }

    /** The expression a chain of calls starts from: {@code sb} in {@code sb.append(a).append(b)}. */
    private static Optional<Expression> chainRoot(MethodCallExpr call) {
        Optional<Expression> scope = call.getScope();
        while (scope.isPresent() && scope.get() instanceof MethodCallExpr inner) {
            scope = inner.getScope();
        }
        return scope;
    }

    /** An int capacity passed to a builder's constructor is not text. */
    private static boolean looksLikeText(Expression argument) {
        return argument.isStringLiteralExpr() || argument.isTextBlockLiteralExpr() || argument.isBinaryExpr()
                || argument.isNameExpr() || argument.isMethodCallExpr();
    }

    private static boolean constantName(ConstantEvaluator evaluator, NameExpr name, int depth) {
        if (evaluator.isParameterLike(name)) {
            return false;
        }
        Optional<VariableDeclarator> local = evaluator.localDeclaration(name);
        if (local.isEmpty()) {
            return constantField(evaluator, name, name.getNameAsString(), depth);
        }
        Walk walk = WALK.get();
        Boolean known = walk.locals.get(local.get());
        if (known == null) {
            // assume constant while checking its own assignments (s = s + "x"): if every
            // other value is constant, so is this one
            walk.locals.put(local.get(), true);
            known = constantLocal(evaluator, name, local.get(), depth);
            walk.locals.put(local.get(), known);
        }
        return known || constantHere(walk, evaluator, name, local.get(), depth);
    }

    /**
     * A local that is not constant everywhere may still be constant where it is used:
     * when every definition that reaches the use gives it a constant (a value replaced
     * by constants on every path).
     */
    private static boolean constantHere(Walk walk, ConstantEvaluator evaluator, NameExpr name,
                                        VariableDeclarator declarator, int depth) {
        Boolean known = walk.uses.get(name);
        if (known != null) {
            return known;
        }
        walk.uses.put(name, true); // a definition that reads the variable itself adds nothing
        boolean answer = Definitions.reaching(name, declarator, evaluator)
                .map(definitions -> !definitions.isEmpty() && definitions.stream()
                        .allMatch(definition -> constantDefinition(evaluator, definition, depth)))
                .orElse(false);
        walk.uses.put(name, answer);
        return answer;
    }

    private static boolean constantDefinition(ConstantEvaluator evaluator, Node definition, int depth) {
        if (definition instanceof VariableDeclarator declarator) {
            return declarator.getInitializer().map(init -> isConstant(evaluator, init, depth)).orElse(false);
        }
        return definition instanceof AssignExpr assign
                && (assign.getOperator() == AssignExpr.Operator.ASSIGN || assign.getOperator() == AssignExpr.Operator.PLUS)
                && isConstant(evaluator, assign.getValue(), depth);
    }

    private static boolean constantLocal(ConstantEvaluator evaluator, NameExpr name, VariableDeclarator declarator,
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

    private static boolean constantField(ConstantEvaluator evaluator, Expression use, String identifier, int depth) {
        return finalField(use, identifier)
                .flatMap(VariableDeclarator::getInitializer)
                .map(init -> isConstant(evaluator, init, depth))
                .orElse(false);
    }

    /** A {@code final} field of that name in the class enclosing {@code use}. */
    private static Optional<VariableDeclarator> finalField(Node use, String identifier) {
        Optional<TypeDeclaration> type = use.findAncestor(TypeDeclaration.class);
        if (type.isEmpty()) {
            return Optional.empty();
        }
        for (BodyDeclaration<?> member : ((TypeDeclaration<?>) type.get()).getMembers()) {
            if (member instanceof FieldDeclaration field && field.isFinal()) {
                for (VariableDeclarator variable : field.getVariables()) {
                    if (variable.getNameAsString().equals(identifier)) {
                        return Optional.of(variable);
                    }
                }
            }
        }
        return Optional.empty();
    }

    private static boolean neverAssigned(VariableDeclarator declarator) {
        String identifier = declarator.getNameAsString();
        return body(declarator).findFirst(AssignExpr.class, assign -> assign.getTarget() instanceof NameExpr target
                && target.getNameAsString().equals(identifier)).isEmpty();
    }

    /** The body of the method or lambda that declares a local. */
    private static Node body(VariableDeclarator declarator) {
        Node body = declarator;
        while (body.getParentNode().isPresent()
                && !(body.getParentNode().get() instanceof CallableDeclaration<?>)
                && !(body.getParentNode().get() instanceof LambdaExpr)
                && !(body.getParentNode().get() instanceof TypeDeclaration<?>)) {
            body = body.getParentNode().get();
        }
        return body;
    }
}
