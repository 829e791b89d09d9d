package dev.backlint.rules.correctness;

import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.CastExpr;
import com.github.javaparser.ast.expr.ConditionalExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.SwitchExpr;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import com.github.javaparser.ast.stmt.SwitchEntry;
import com.github.javaparser.ast.stmt.YieldStmt;
import com.github.javaparser.ast.type.Type;
import com.github.javaparser.resolution.types.ResolvedType;
import dev.backlint.api.Checks;
import dev.backlint.api.Fix;
import dev.backlint.api.Level;
import dev.backlint.api.Precision;
import dev.backlint.api.Rule;
import dev.backlint.api.RuleContext;
import dev.backlint.api.RuleInfo;
import dev.backlint.api.ScannedType;
import dev.backlint.api.SourceRange;
import dev.backlint.api.TextTypes;
import dev.backlint.models.StringResults;
import dev.backlint.resolve.DeclaredTypes;
import dev.backlint.resolve.Scopes;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code ==} or {@code !=} between two {@code String} values: a comparison of references,
 * which holds for equal text only when both strings happen to be interned. Both sides must
 * be known to be {@code String} (from literals, declarations, return types or the symbol
 * solver); where a side's type is unknown the rule stays silent.
 */
@RuleInfo(
        id = "string-reference-equality",
        summary = "Two Strings are compared with == or !=, which compares references, not text",
        level = Level.WARNING,
        tags = {"correctness"},
        precision = Precision.HIGH)
public final class StringReferenceEquality implements Rule {

    /** Methods of String that return a String. */
    private static final Set<String> STRING_RESULTS = Set.of("trim", "strip", "stripLeading", "stripTrailing",
            "toUpperCase", "toLowerCase", "substring", "intern", "formatted", "repeat", "concat", "replace",
            "replaceAll", "replaceFirst", "indent", "translateEscapes");
    /** Static methods of String that return one. */
    private static final Set<String> STRING_FACTORIES = Set.of("valueOf", "format", "join", "copyValueOf");
    /** JDK methods that return no String: the syntax settles them, without the symbol solver. */
    private static final Set<String> NOT_STRING_RESULTS = Set.of("size", "length", "hashCode", "ordinal",
            "getClass", "compareTo", "compareToIgnoreCase", "compare", "indexOf", "lastIndexOf", "isEmpty",
            "isBlank", "equals", "equalsIgnoreCase", "contains", "containsKey", "charAt", "codePointAt",
            "intValue", "longValue", "booleanValue", "signum", "getAndIncrement", "incrementAndGet",
            "currentTimeMillis", "nanoTime", "startsWith", "endsWith", "matches");

    @Override
    public void register(Checks checks) {
        checks.on(BinaryExpr.class, StringReferenceEquality::check);
    }

    private static void check(BinaryExpr comparison, RuleContext context) {
        BinaryExpr.Operator operator = comparison.getOperator();
        if (operator != BinaryExpr.Operator.EQUALS && operator != BinaryExpr.Operator.NOT_EQUALS) {
            return;
        }
        Expression left = comparison.getLeft();
        Expression right = comparison.getRight();
        if (left.isNullLiteralExpr() || right.isNullLiteralExpr()) {
            return;
        }
        // what the syntax tells first: a side it shows is not a String ends the question, and
        // the symbol solver is asked only of a side the syntax leaves open
        // a literal settles its side at once: read it first, and stop at the first side that is no String
        boolean rightFirst = right.isLiteralExpr() && !left.isLiteralExpr();
        Optional<Boolean> firstKnown = writtenString(rightFirst ? right : left, context, 0);
        if (firstKnown.isPresent() && !firstKnown.get()) {
            return;
        }
        Optional<Boolean> secondKnown = writtenString(rightFirst ? left : right, context, 0);
        if (secondKnown.isPresent() && !secondKnown.get()) {
            return;
        }
        Optional<Boolean> leftKnown = rightFirst ? secondKnown : firstKnown;
        Optional<Boolean> rightKnown = rightFirst ? firstKnown : secondKnown;
        if (leftKnown.isEmpty() && rightKnown.isEmpty()) {
            return; // neither side written as a String: two lookups of the solver for a rare pair
        }
        if (leftKnown.isEmpty() && !resolvedString(left, context)
                || rightKnown.isEmpty() && !resolvedString(right, context)) {
            return;
        }
        if (interned(left, context) && interned(right, context) || sentinel(left) || sentinel(right)
                || Comparisons.insideIdentityEquals(comparison) || Comparisons.shortcutBeforeEquals(comparison)) {
            return;
        }
        String written = operator == BinaryExpr.Operator.EQUALS ? "==" : "!=";
        context.report(comparison, "`" + Comparisons.shown(left) + "` and `" + Comparisons.shown(right) + "` are Strings compared with `"
                + written + "`, which compares references: equal text in two objects is not `==`, so this holds"
                + " only when both happen to be interned; compare with `equals`", List.of(),
                fix(comparison, left, right, operator == BinaryExpr.Operator.NOT_EQUALS, context).orElse(null));
    }

    /**
     * Whether the expression is a {@code String} by what is written: a literal, a
     * concatenation with one, a cast, a declaration or return type of this file, a
     * {@code String} method; empty where only the symbol solver can tell.
     */
    static Optional<Boolean> writtenString(Expression expression, RuleContext context, int depth) {
        if (depth > 8) {
            return Optional.empty();
        }
        if (expression.isStringLiteralExpr() || expression.isTextBlockLiteralExpr()) {
            return Optional.of(true);
        }
        if (expression.isLiteralExpr() || expression.isThisExpr() || expression.isClassExpr()
                || expression.isLambdaExpr() || expression.isMethodReferenceExpr() || expression.isInstanceOfExpr()
                || expression.isArrayCreationExpr() || expression.isUnaryExpr()) {
            return Optional.of(false);
        }
        if (expression instanceof EnclosedExpr enclosed) {
            return writtenString(enclosed.getInner(), context, depth + 1);
        }
        if (expression instanceof CastExpr cast) {
            return Optional.of(TextTypes.isString(cast.getType()));
        }
        if (expression instanceof BinaryExpr binary) {
            if (binary.getOperator() != BinaryExpr.Operator.PLUS) {
                return Optional.of(false);
            }
            Optional<Boolean> left = writtenString(binary.getLeft(), context, depth + 1);
            Optional<Boolean> right = writtenString(binary.getRight(), context, depth + 1);
            if (left.orElse(false) || right.orElse(false)) {
                return Optional.of(true);
            }
            return left.isPresent() && right.isPresent() ? Optional.of(false) : Optional.empty();
        }
        if (expression instanceof ConditionalExpr conditional) {
            Expression yes = conditional.getThenExpr();
            Expression no = conditional.getElseExpr();
            Optional<Boolean> then = yes.isNullLiteralExpr() ? Optional.of(true) : writtenString(yes, context, depth + 1);
            Optional<Boolean> otherwise = no.isNullLiteralExpr() ? Optional.of(true)
                    : writtenString(no, context, depth + 1);
            if (then.isPresent() && !then.get() || otherwise.isPresent() && !otherwise.get()) {
                return Optional.of(false);
            }
            return then.isPresent() && otherwise.isPresent() ? Optional.of(true) : Optional.empty();
        }
        if (expression instanceof MethodCallExpr call) {
            return stringCall(call, context, depth);
        }
        if (expression.isNameExpr() || expression.isFieldAccessExpr()) {
            Optional<Scopes.Declaration> declaration = DeclaredTypes.declaration(expression);
            if (declaration.isEmpty()) {
                return Optional.empty();
            }
            Optional<Type> written = declaration.get().writtenType();
            if (written.isPresent()) {
                return Optional.of(TextTypes.isString(written.get()));
            }
            if (declaration.get().node() instanceof Parameter parameter
                    && parameter.getParentNode().orElse(null) instanceof LambdaExpr lambda) {
                return LambdaParameters.isString(lambda, lambda.getParameters().indexOf(parameter));
            }
            Optional<Expression> initializer = declaration.get().declarator()
                    .flatMap(VariableDeclarator::getInitializer);
            return initializer.isPresent() ? writtenString(initializer.get(), context, depth + 1) : Optional.empty();
        }
        if (expression instanceof ObjectCreationExpr created) {
            return Optional.of(TextTypes.isString(created.getType()));
        }
        if (expression instanceof SwitchExpr choice) {
            return allString(choice.findAll(Expression.class, result -> result.getParentNode()
                    .filter(parent -> parent instanceof YieldStmt
                            || parent instanceof ExpressionStmt statement
                            && statement.getParentNode().filter(SwitchEntry.class::isInstance).isPresent()
                            && statement.getParentNode().get().getParentNode().orElse(null) == choice)
                    .isPresent()), context, depth);
        }
        return Optional.empty();
    }

    /** Whether every one of the results is a String: false when one is not, empty when one cannot be told. */
    private static Optional<Boolean> allString(List<Expression> results, RuleContext context, int depth) {
        if (results.isEmpty()) {
            return Optional.empty();
        }
        boolean unknown = false;
        for (Expression result : results) {
            Optional<Boolean> known = writtenString(result, context, depth + 1);
            if (known.isPresent() && !known.get()) {
                return Optional.of(false);
            }
            unknown |= known.isEmpty();
        }
        return unknown ? Optional.empty() : Optional.of(true);
    }

    /** Whether the symbol solver types the expression as {@code java.lang.String}; false when it cannot tell. */
    private static boolean resolvedString(Expression expression, RuleContext context) {
        Optional<ResolvedType> type = context.resolver().typeOf(expression);
        return type.isPresent() && type.get().isReferenceType()
                && type.get().asReferenceType().getQualifiedName().equals("java.lang.String");
    }

    /** What a call returns, where its name, receiver or declaration tells; empty when only resolution can. */
    private static Optional<Boolean> stringCall(MethodCallExpr call, RuleContext context, int depth) {
        String name = call.getNameAsString();
        if (name.equals("toString") && call.getArguments().isEmpty()) {
            return Optional.of(true);
        }
        Optional<Expression> scope = call.getScope();
        if (scope.isPresent() && scope.get() instanceof NameExpr owner && owner.getNameAsString().equals("String")
                && STRING_FACTORIES.contains(name) && DeclaredTypes.of(owner).isEmpty()) {
            return Optional.of(true);
        }
        if (scope.isPresent() && STRING_RESULTS.contains(name)
                && writtenString(scope.get(), context, depth + 1).orElse(false)) {
            return Optional.of(true);
        }
        if (NOT_STRING_RESULTS.contains(name)) {
            return Optional.of(false);
        }
        Optional<String> receiver = scope.flatMap(StringReferenceEquality::receiverType);
        if (receiver.isPresent() && StringResults.returnsString(receiver.get(), name)) {
            return Optional.of(true);
        }
        Optional<Type> returned = DeclaredTypes.returnTypeOf(call);
        if (returned.isPresent()) {
            return Optional.of(TextTypes.isString(returned.get()));
        }
        // a getter of a class of another scanned file, by that file's facts
        Optional<ScannedType> owner = scope.flatMap(StringReferenceEquality::writtenType)
                .flatMap(written -> context.project().type(written, call));
        if (owner.isPresent() && owner.get().stringMethods().contains(name + "/" + call.getArguments().size())) {
            return Optional.of(true);
        }
        return Optional.empty();
    }

    /**
     * The simple name of the type a receiver is declared as, or the class a static call
     * names ({@code System.getProperty}), or {@code Class} for {@code getClass()}.
     */
    private static Optional<String> receiverType(Expression scope) {
        if (scope instanceof MethodCallExpr call && call.getNameAsString().equals("getClass")
                && call.getArguments().isEmpty()) {
            return Optional.of("Class");
        }
        if (scope instanceof NameExpr name && DeclaredTypes.declaration(name).isEmpty()
                && Character.isUpperCase(name.getNameAsString().charAt(0))) {
            return Optional.of(name.getNameAsString());
        }
        return DeclaredTypes.writtenTypeOf(scope).map(written -> written.substring(written.lastIndexOf('.') + 1))
                .map(simple -> simple.contains("<") ? simple.substring(0, simple.indexOf('<')) : simple);
    }

    /** The type a receiver is declared as, a lambda's parameter included where the code around it tells. */
    private static Optional<String> writtenType(Expression scope) {
        Optional<String> written = DeclaredTypes.writtenTypeOf(scope);
        if (written.isPresent() || !(scope instanceof NameExpr name)) {
            return written;
        }
        return DeclaredTypes.declaration(name)
                .filter(declaration -> declaration.node() instanceof Parameter parameter
                        && parameter.getParentNode().orElse(null) instanceof LambdaExpr)
                .flatMap(declaration -> {
                    Parameter parameter = (Parameter) declaration.node();
                    LambdaExpr lambda = (LambdaExpr) parameter.getParentNode().get();
                    return LambdaParameters.typeOf(lambda, lambda.getParameters().indexOf(parameter));
                })
                .filter(Type::isClassOrInterfaceType)
                .map(type -> type.asClassOrInterfaceType().getNameAsString());
    }

    /** Whether the value is interned: a compile-time constant, or a call of {@code intern()}. */
    private static boolean interned(Expression expression, RuleContext context) {
        Expression bare = expression;
        while (bare instanceof EnclosedExpr enclosed) {
            bare = enclosed.getInner();
        }
        return bare instanceof MethodCallExpr call && call.getNameAsString().equals("intern")
                && call.getArguments().isEmpty() || context.constants().isConstant(bare);
    }

    /**
     * Whether the value is a sentinel: a variable or field of this file made with
     * {@code new String(..)}, an object of its own that the code tells apart from every
     * other string by identity ({@code packageName == NO_PACKAGE}).
     */
    private static boolean sentinel(Expression expression) {
        Expression bare = expression;
        while (bare instanceof EnclosedExpr enclosed) {
            bare = enclosed.getInner();
        }
        return DeclaredTypes.declaration(bare).flatMap(Scopes.Declaration::declarator)
                .flatMap(VariableDeclarator::getInitializer)
                .filter(initializer -> initializer instanceof ObjectCreationExpr created
                        && TextTypes.isString(created.getType()))
                .isPresent();
    }

    /**
     * {@code "LITERAL".equals(other)} where a side is a literal (the literal cannot be
     * null), else {@code Objects.equals(left, right)}, which is null-safe like {@code ==};
     * negated for {@code !=}.
     */
    private static Optional<Fix> fix(BinaryExpr comparison, Expression left, Expression right, boolean negated,
                                     RuleContext context) {
        Optional<SourceRange> whole = comparison.getRange().map(SourceRange::of);
        Optional<String> leftText = left.getRange().map(SourceRange::of).flatMap(context::source);
        Optional<String> rightText = right.getRange().map(SourceRange::of).flatMap(context::source);
        if (whole.isEmpty() || leftText.isEmpty() || rightText.isEmpty()) {
            return Optional.empty();
        }
        String replacement;
        String how;
        if (isLiteral(right)) {
            replacement = rightText.get() + ".equals(" + leftText.get() + ")";
            how = "`" + Comparisons.shown(right) + ".equals(..)`";
        } else if (isLiteral(left)) {
            replacement = leftText.get() + ".equals(" + rightText.get() + ")";
            how = "`" + Comparisons.shown(left) + ".equals(..)`";
        } else {
            String objects = Comparisons.importsObjects(comparison) ? "Objects" : "java.util.Objects";
            replacement = objects + ".equals(" + leftText.get() + ", " + rightText.get() + ")";
            how = "`Objects.equals(..)`, which is null-safe as `==` is";
        }
        return Optional.of(new Fix("compare the text with " + how,
                List.of(new Fix.Replacement(whole.get(), (negated ? "!" : "") + replacement))));
    }

    private static boolean isLiteral(Expression expression) {
        return expression.isStringLiteralExpr() || expression.isTextBlockLiteralExpr();
    }

}
