package dev.backlint.flow.constants;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.BooleanLiteralExpr;
import com.github.javaparser.ast.expr.CharLiteralExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.IntegerLiteralExpr;
import com.github.javaparser.ast.expr.LongLiteralExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.expr.TextBlockLiteralExpr;
import com.github.javaparser.ast.expr.UnaryExpr;
import com.github.javaparser.ast.expr.VariableDeclarationExpr;
import dev.backlint.api.Constants;
import dev.backlint.api.Literals;
import dev.backlint.api.Project;
import dev.backlint.api.Verdict;
import dev.backlint.engine.ConstantValues;
import dev.backlint.resolve.Body;
import dev.backlint.resolve.Scopes;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import java.util.Optional;

/**
 * Decides whether an expression's value is known at compile time, and what it is:
 * literals, text blocks, {@code +} of constants, local variables that are never
 * reassigned and start from a constant, and {@code static final} fields of any scanned
 * file (through the {@link Project}). Anything else is unknown.
 */
public final class ConstantEvaluator implements Constants {

    private static final int MAX_DEPTH = 64;
    private static final java.util.Set<UnaryExpr.Operator> STEPS = java.util.EnumSet.of(
            UnaryExpr.Operator.PREFIX_INCREMENT, UnaryExpr.Operator.PREFIX_DECREMENT,
            UnaryExpr.Operator.POSTFIX_INCREMENT, UnaryExpr.Operator.POSTFIX_DECREMENT);

    private final Project project;
    /** Per local variable of the file, whether nothing assigns it after its declaration. */
    private final Map<VariableDeclarator, Boolean> reassigned = new IdentityHashMap<>();
    private final Map<Node, Set<String>> changedNames = new IdentityHashMap<>();
    /** Per local variable of the file, the definitions that reach each use, once walked. */
    private final Map<VariableDeclarator, Optional<Map<NameExpr, Set<Node>>>> definitions = new IdentityHashMap<>();

    /** @param project the scanned sources as seen from the file whose expressions are evaluated */
    public ConstantEvaluator(Project project) {
        this.project = project;
    }

    /** The value: a {@code String}, boxed integral number, {@code Character} or {@code Boolean}. */
    @Override
    public Optional<Object> value(Expression expression) {
        return value(expression, 0);
    }

    @Override
    public Verdict constness(Expression expression) {
        return new Shapes(this).constness(expression);
    }

    private Optional<Object> value(Expression expression, int depth) {
        if (depth > MAX_DEPTH) {
            return Optional.empty();
        }
        if (expression instanceof TextBlockLiteralExpr block) {
            return Literals.text(block).map(Object.class::cast);
        }
        if (expression instanceof StringLiteralExpr literal) {
            return Literals.text(literal).map(Object.class::cast);
        }
        if (expression instanceof CharLiteralExpr c) {
            return Literals.character(c).map(Object.class::cast);
        }
        if (expression instanceof IntegerLiteralExpr i) {
            return Literals.number(i).map(Number::intValue);
        }
        if (expression instanceof LongLiteralExpr l) {
            return Literals.number(l).map(Number::longValue);
        }
        if (expression instanceof BooleanLiteralExpr b) {
            return Optional.of(b.getValue());
        }
        if (expression instanceof EnclosedExpr enclosed) {
            return value(enclosed.getInner(), depth + 1);
        }
        if (expression instanceof BinaryExpr binary) {
            return value(binary.getLeft(), depth + 1)
                    .flatMap(left -> value(binary.getRight(), depth + 1)
                            .flatMap(right -> ConstantValues.binary(binary.getOperator(), left, right)));
        }
        if (expression instanceof com.github.javaparser.ast.expr.UnaryExpr unary) {
            return value(unary.getExpression(), depth + 1)
                    .flatMap(operand -> ConstantValues.unary(unary.getOperator(), operand));
        }
        if (expression instanceof com.github.javaparser.ast.expr.MethodCallExpr call && call.getScope().isPresent()
                && ConstantValues.FOLDED_STRING_METHODS.contains(call.getNameAsString())) {
            Optional<Object> receiver = value(call.getScope().get(), depth + 1);
            if (receiver.isEmpty() || !(receiver.get() instanceof String text)) {
                return Optional.empty();
            }
            java.util.List<Object> arguments = new java.util.ArrayList<>();
            for (Expression argument : call.getArguments()) {
                Optional<Object> folded = value(argument, depth + 1);
                if (folded.isEmpty()) {
                    return Optional.empty();
                }
                arguments.add(folded.get());
            }
            return ConstantValues.stringMethod(text, call.getNameAsString(), arguments);
        }
        if (expression instanceof NameExpr name) {
            return nameValue(name, depth);
        }
        if (expression instanceof FieldAccessExpr access && !access.getScope().isThisExpr()
                && !access.getScope().isSuperExpr()) {
            return project.constantOf(access.getScope().toString(), access.getNameAsString(), access);
        }
        return Optional.empty();
    }

    /** A local variable with a declarator that {@code name} refers to, if it is one; for {@link Shapes}. */
    Optional<VariableDeclarator> localDeclaration(NameExpr name) {
        return Scopes.of(name).filter(found -> found.kind() == Scopes.Kind.LOCAL)
                .flatMap(Scopes.Declaration::declarator);
    }

    /** Whether {@code name} is a parameter, a for-each or catch variable, or a pattern variable: never constant. */
    boolean isParameterLike(NameExpr name) {
        return Scopes.of(name).filter(found -> found.kind() == Scopes.Kind.PARAMETER
                || found.kind() == Scopes.Kind.PATTERN).isPresent();
    }

    /**
     * The definitions of a local that reach one of its uses; empty when control never
     * reaches the use or the walk ran past its bound. One walk per variable and file.
     */
    Optional<Set<Node>> reachingDefinitions(NameExpr use, VariableDeclarator declarator) {
        Optional<Map<NameExpr, Set<Node>>> all = definitions.computeIfAbsent(declarator,
                key -> Definitions.reaching(key, this));
        return all.map(found -> found.get(use));
    }

    private Optional<Object> nameValue(NameExpr name, int depth) {
        Optional<Scopes.Declaration> declaration = Scopes.of(name);
        if (declaration.isPresent() && declaration.get().isLocal()) {
            return onlyValue(name).flatMap(init -> value(init, depth + 1));
        }
        return project.constantNamed(name.getNameAsString(), name);
    }

    @Override
    public Optional<Expression> onlyValue(NameExpr name) {
        return localDeclaration(name).filter(this::neverReassigned).flatMap(VariableDeclarator::getInitializer);
    }

    /**
     * Whether a local is never assigned after its declaration anywhere in the enclosing
     * body. Conservative: an assignment to any variable of the same name counts.
     */
    private boolean neverReassigned(VariableDeclarator declarator) {
        return reassigned.computeIfAbsent(declarator, this::assignedNowhere);
    }

    private boolean assignedNowhere(VariableDeclarator declarator) {
        if (declarator.getParentNode().filter(p -> p instanceof VariableDeclarationExpr v && v.isFinal()).isPresent()) {
            return true;
        }
        Node body = Body.enclosing(declarator).map(Body::node).orElse(declarator);
        return !changedNames.computeIfAbsent(body, ConstantEvaluator::changedIn).contains(declarator.getNameAsString());
    }

    /** The simple names a body assigns or steps ({@code ++}, {@code --}), read in one walk. */
    private static Set<String> changedIn(Node body) {
        Set<String> names = new java.util.HashSet<>();
        body.walk(node -> {
            if (node instanceof AssignExpr assign && assign.getTarget() instanceof NameExpr target) {
                names.add(target.getNameAsString());
            } else if (node instanceof UnaryExpr unary && unary.getExpression() instanceof NameExpr target
                    && STEPS.contains(unary.getOperator())) {
                names.add(target.getNameAsString());
            }
        });
        return names;
    }
}
