package dev.backlint.rules.correctness;

import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.CastExpr;
import com.github.javaparser.ast.expr.ConditionalExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
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
import dev.backlint.resolve.DeclaredTypes;
import dev.backlint.resolve.Scopes;
import java.beans.Introspector;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code ==} or {@code !=} between two boxed numbers: a comparison of references, which
 * holds for equal values only inside the small-value cache ({@code -128..127} for
 * {@code Integer} and {@code Long}), so that ids compare equal in tests and unequal in
 * production. Both sides must be known to be boxed (from declarations, the getters of
 * scanned classes, or the symbol solver); a primitive or a literal on either side makes
 * Java unbox, and an unknown side keeps the rule silent.
 */
@RuleInfo(
        id = "boxed-reference-equality",
        summary = "Two boxed numbers are compared with == or !=, which compares references, not values",
        level = Level.WARNING,
        tags = {"correctness"},
        precision = Precision.HIGH)
public final class BoxedReferenceEquality implements Rule {

    /** The boxed number types, by simple and qualified name. */
    private static final Set<String> BOXED = Set.of("Integer", "Long", "Short", "Byte", "Character", "Double",
            "Float", "java.lang.Integer", "java.lang.Long", "java.lang.Short", "java.lang.Byte",
            "java.lang.Character", "java.lang.Double", "java.lang.Float");
    /** Calls that return a primitive: the comparison unboxes. */
    private static final Set<String> PRIMITIVE_RESULTS = Set.of("intValue", "longValue", "shortValue", "byteValue",
            "doubleValue", "floatValue", "charValue", "size", "length", "hashCode", "compareTo", "compare",
            "getAsInt", "getAsLong", "getAsDouble", "count", "ordinal", "indexOf", "signum", "parseInt", "parseLong");
    private static final int MAX_DEPTH = 6;
    /** A method name that says it returns a number: {@code countByOwner}, {@code findMaxVersion}, {@code getTenantId}. */
    private static final java.util.regex.Pattern NUMERIC_NAME = java.util.regex.Pattern.compile(
            "^(count|sum|max|min|total)|(Id|Ids|Count|Version|Total|Number|Sequence)$");
    /** A type argument that is a boxed number: {@code Map<String, Long>}, {@code List<Integer>}. */
    private static final java.util.regex.Pattern BOXED_ARGUMENT = java.util.regex.Pattern.compile(
            "<.*\\b(Integer|Long|Short|Byte|Character|Double|Float)\\b");

    @Override
    public void register(Checks checks) {
        checks.on(BinaryExpr.class, BoxedReferenceEquality::check);
    }

    private static void check(BinaryExpr comparison, RuleContext context) {
        BinaryExpr.Operator operator = comparison.getOperator();
        if (operator != BinaryExpr.Operator.EQUALS && operator != BinaryExpr.Operator.NOT_EQUALS) {
            return;
        }
        Expression left = comparison.getLeft();
        Expression right = comparison.getRight();
        if (left.isLiteralExpr() || right.isLiteralExpr()) {
            return; // null, or a primitive literal that unboxes the other side
        }
        // what the file itself tells first, for both sides; then what other files tell
        Optional<Boolean> leftKnown = written(left, context, 0, false);
        if (leftKnown.isPresent() && !leftKnown.get()) {
            return;
        }
        Optional<Boolean> rightKnown = written(right, context, 0, false);
        if (rightKnown.isPresent() && !rightKnown.get()) {
            return;
        }
        if (leftKnown.isEmpty()) {
            leftKnown = written(left, context, 0, true);
            if (leftKnown.isPresent() && !leftKnown.get()) {
                return;
            }
        }
        if (rightKnown.isEmpty()) {
            rightKnown = written(right, context, 0, true);
            if (rightKnown.isPresent() && !rightKnown.get()) {
                return;
            }
        }
        if (leftKnown.isEmpty() && rightKnown.isEmpty() && !(mayBeLikely(left) && mayBeLikely(right)
                && (likelyBoxed(left, context) && likelyBoxed(right, context) || sameScannedCall(left, right, context)))) {
            return; // neither side written as boxed: not worth two lookups of the solver
        }
        if (leftKnown.isEmpty() && !boxed(left, context) || rightKnown.isEmpty() && !boxed(right, context)) {
            return;
        }
        if (Comparisons.shortcutBeforeEquals(comparison)) {
            return;
        }
        String written = operator == BinaryExpr.Operator.EQUALS ? "==" : "!=";
        context.report(comparison, "`" + Comparisons.shown(left) + "` and `" + Comparisons.shown(right) + "` are boxed numbers compared with `"
                + written + "`, which compares references: equal values are the same object only inside the"
                + " small-value cache (-128 to 127 for Integer and Long), so ids compare equal in tests and unequal"
                + " in production; compare with `equals`", List.of(),
                fix(comparison, left, right, operator == BinaryExpr.Operator.NOT_EQUALS, context).orElse(null));
    }

    /**
     * Whether the expression is a boxed number by what is written; empty where only the
     * solver can tell. {@code wide} also reads the declarations of other scanned files.
     */
    private static Optional<Boolean> written(Expression expression, RuleContext context, int depth, boolean wide) {
        if (depth > MAX_DEPTH) {
            return Optional.empty();
        }
        if (expression.isLiteralExpr() || expression.isUnaryExpr() || expression.isThisExpr()
                || expression.isClassExpr() || expression.isLambdaExpr() || expression.isMethodReferenceExpr()
                || expression.isInstanceOfExpr() || expression.isArrayCreationExpr()) {
            return Optional.of(false);
        }
        if (expression instanceof EnclosedExpr enclosed) {
            return written(enclosed.getInner(), context, depth + 1, wide);
        }
        if (expression instanceof CastExpr cast) {
            return Optional.of(isBoxed(cast.getType()));
        }
        if (expression instanceof BinaryExpr) {
            return Optional.of(false); // arithmetic and comparisons give primitives, concatenation a String
        }
        if (expression instanceof ConditionalExpr conditional) {
            Optional<Boolean> then = written(conditional.getThenExpr(), context, depth + 1, wide);
            Optional<Boolean> otherwise = written(conditional.getElseExpr(), context, depth + 1, wide);
            if (then.isPresent() && !then.get() || otherwise.isPresent() && !otherwise.get()) {
                return Optional.of(false);
            }
            return then.isPresent() && otherwise.isPresent() ? Optional.of(true) : Optional.empty();
        }
        if (expression instanceof ObjectCreationExpr created) {
            return Optional.of(isBoxed(created.getType()));
        }
        if (expression instanceof MethodCallExpr call) {
            return call(call, context, wide);
        }
        if (expression instanceof FieldAccessExpr access && access.getNameAsString().equals("length")) {
            return Optional.of(false); // an array's length
        }
        if (expression.isNameExpr() || expression.isFieldAccessExpr()) {
            Optional<Scopes.Declaration> declaration = DeclaredTypes.declaration(expression);
            if (declaration.isEmpty()) {
                return wide ? constant(expression, context) : Optional.empty();
            }
            Optional<Type> type = declaration.get().writtenType();
            if (type.isPresent()) {
                return Optional.of(isBoxed(type.get()));
            }
            if (declaration.get().node() instanceof Parameter parameter
                    && parameter.getParentNode().orElse(null) instanceof LambdaExpr lambda) {
                // a lambda's parameter typed by the call it is passed to: list.stream().filter(id -> …)
                return LambdaParameters.typeOf(lambda, lambda.getParameters().indexOf(parameter))
                        .filter(BoxedReferenceEquality::isBoxed).map(boxed -> true);
            }
            Optional<Expression> initializer = declaration.get().declarator().flatMap(VariableDeclarator::getInitializer);
            return initializer.isPresent() ? written(initializer.get(), context, depth + 1, wide) : Optional.empty();
        }
        return Optional.empty();
    }

    /** What a call returns, where its name, declaration or the getters of a scanned class tell. */
    private static Optional<Boolean> call(MethodCallExpr call, RuleContext context, boolean wide) {
        String name = call.getNameAsString();
        if (PRIMITIVE_RESULTS.contains(name)) {
            return Optional.of(false);
        }
        Optional<Expression> scope = call.getScope();
        if (name.equals("valueOf") && scope.isPresent() && scope.get() instanceof NameExpr owner
                && BOXED.contains(owner.getNameAsString()) && DeclaredTypes.declaration(owner).isEmpty()) {
            return Optional.of(true);
        }
        Optional<Type> returned = DeclaredTypes.returnTypeOf(call);
        if (returned.isPresent()) {
            return Optional.of(isBoxed(returned.get()));
        }
        return wide ? scannedReturn(call, context).map(BOXED::contains) : Optional.empty();
    }

    /**
     * The return type, as written, of a method of a scanned type the receiver is declared
     * as (or of its scanned supertypes); empty for a type variable or where the method is not
     * declared in the scanned sources.
     */
    private static Optional<String> scannedReturn(MethodCallExpr call, RuleContext context) {
        String key = call.getNameAsString() + "/" + call.getArguments().size();
        return Comparisons.declaredReturn(receiver(call, context), key, context.project())
                .map(Comparisons.DeclaredReturn::written).filter(returned -> !isTypeVariable(returned));
    }

    /** {@code T}, {@code ID}: a name of upper-case letters and digits, as type parameters are written. */
    private static boolean isTypeVariable(String written) {
        return written.length() <= 3 && written.chars().allMatch(c -> Character.isUpperCase(c) || Character.isDigit(c));
    }

    /** The scanned type the call's receiver is declared as: by its declaration or, for a lambda's parameter, by the call the lambda is passed to. */
    private static Optional<ScannedType> receiver(MethodCallExpr call, RuleContext context) {
        if (call.getScope().isEmpty()) {
            return Optional.empty();
        }
        Expression scope = call.getScope().get();
        Optional<String> owner = DeclaredTypes.writtenTypeOf(scope);
        if (owner.isEmpty() && scope instanceof NameExpr name) {
            owner = Scopes.of(name).filter(d -> d.node() instanceof Parameter parameter
                            && parameter.getParentNode().orElse(null) instanceof LambdaExpr)
                    .flatMap(d -> {
                        Parameter parameter = (Parameter) d.node();
                        LambdaExpr lambda = (LambdaExpr) parameter.getParentNode().get();
                        return LambdaParameters.typeOf(lambda, lambda.getParameters().indexOf(parameter));
                    })
                    .filter(Type::isClassOrInterfaceType).map(t -> t.asClassOrInterfaceType().getNameWithScope());
        }
        return owner.map(written -> written.contains("<") ? written.substring(0, written.indexOf('<')) : written)
                .flatMap(written -> context.project().type(written, call));
    }

    /** Whether a side the syntax leaves open is boxed: an accessor named as its field (a record's), else by the solver. */
    private static boolean boxed(Expression side, RuleContext context) {
        if (side instanceof MethodCallExpr call && !call.getNameAsString().startsWith("get")) {
            Optional<String> field = accessed(call, context);
            if (field.isPresent()) {
                return BOXED.contains(field.get()); // an accessor named as its field returns the field's type
            }
        }
        return resolvedBoxed(side, context);
    }

    /** The free first test of {@link #likelyBoxed}: a call on a receiver, or a name. */
    private static boolean mayBeLikely(Expression side) {
        Expression e = side;
        while (e instanceof EnclosedExpr enclosed) {
            e = enclosed.getInner();
        }
        return e instanceof NameExpr || e instanceof MethodCallExpr call && call.getScope().isPresent();
    }

    /**
     * Whether a side the syntax leaves open is worth asking the solver about: a getter or a
     * record accessor of a scanned class whose field of that name is declared boxed
     * ({@code getCustomerId()} of an entity's {@code Long customerId}). The getter's own
     * return type, which the solver reads, decides: {@code int getLength()} may read an
     * {@code Integer length}.
     */
    private static boolean likelyBoxed(Expression expression, RuleContext context) {
        Expression e = expression;
        while (e instanceof EnclosedExpr enclosed) {
            e = enclosed.getInner();
        }
        if (e instanceof NameExpr name) {
            // a lambda's parameter where the lambda's declared type has boxed type arguments
            return Scopes.of(name).filter(d -> d.node() instanceof Parameter parameter
                    && parameter.getParentNode().orElse(null) instanceof LambdaExpr lambda
                    && lambda.getParentNode().orElse(null) instanceof VariableDeclarator holder
                    && BOXED_ARGUMENT.matcher(holder.getType().asString()).find()).isPresent();
        }
        if (!(e instanceof MethodCallExpr call) || call.getScope().isEmpty()) {
            return false;
        }
        // map.get(k), list.get(i), entry.getValue(), deque.pop(), optional.orElse(null) of a
        // container declared with a boxed type argument, or what a method of this file returns
        Expression scope = call.getScope().get();
        Optional<String> container = scope instanceof MethodCallExpr inner
                ? DeclaredTypes.returnTypeOf(inner).map(Type::asString) : DeclaredTypes.of(scope).map(Type::asString);
        if (container.filter(t -> BOXED_ARGUMENT.matcher(t).find()).isPresent()) {
            return true;
        }
        if (!call.getArguments().isEmpty()) {
            return false;
        }
        return accessed(call, context).filter(BOXED::contains).isPresent();
    }

    /**
     * The declared type of the field a getter ({@code getId()}) or an accessor ({@code id()})
     * of a scanned class reads, the receiver typed by its declaration or, for a lambda's
     * parameter, by the call the lambda is passed to.
     */
    private static Optional<String> accessed(MethodCallExpr call, RuleContext context) {
        if (!call.getArguments().isEmpty()) {
            return Optional.empty();
        }
        return receiver(call, context).flatMap(t -> property(call.getNameAsString()).map(p -> t.fields().get(p)));
    }

    /**
     * Whether both sides call the same method of a scanned type ({@code repo.countBy(a) ==
     * repo.countBy(b)}): one question to the solver, asked of a rare shape.
     */
    private static boolean sameScannedCall(Expression left, Expression right, RuleContext context) {
        if (!(left instanceof MethodCallExpr a) || !(right instanceof MethodCallExpr b)
                || !a.getNameAsString().equals(b.getNameAsString()) || a.getArguments().size() != b.getArguments().size()
                || a.getScope().isEmpty() || b.getScope().isEmpty() || !NUMERIC_NAME.matcher(a.getNameAsString()).find()) {
            return false;
        }
        return DeclaredTypes.writtenTypeOf(a.getScope().get()).flatMap(written -> context.project().type(written, a))
                .isPresent();
    }

    /** The property a getter or a record accessor reads: {@code id} of {@code getId()} or {@code id()}. */
    private static Optional<String> property(String method) {
        if (method.startsWith("get") && method.length() > 3 && Character.isUpperCase(method.charAt(3))) {
            return Optional.of(Introspector.decapitalize(method.substring(3)));
        }
        return Optional.of(method);
    }

    /**
     * Whether {@code Owner.NAME} is boxed: by the field's declared type when {@code Owner} is
     * a scanned type; a library's constant or enum constant is taken as not boxed.
     */
    private static Optional<Boolean> constant(Expression expression, RuleContext context) {
        if (!(expression instanceof FieldAccessExpr access) || !(access.getScope() instanceof NameExpr owner)
                || !Character.isUpperCase(owner.getNameAsString().charAt(0))) {
            return Optional.empty();
        }
        Optional<ScannedType> type = context.project().type(owner.getNameAsString(), expression);
        if (type.isEmpty()) {
            return Optional.of(false);
        }
        String field = type.get().fields().get(access.getNameAsString());
        if (field != null) {
            return Optional.of(BOXED.contains(field));
        }
        // a field of primitive type is not listed; a compile-time constant is primitive or a String
        return context.project().constant(type.get(), access.getNameAsString()).isPresent()
                ? Optional.of(false) : Optional.empty();
    }

    private static boolean isBoxed(Type type) {
        return type.isClassOrInterfaceType() && type.asClassOrInterfaceType().getTypeArguments().isEmpty()
                && BOXED.contains(type.asClassOrInterfaceType().getNameWithScope());
    }

    /** Whether the symbol solver types the expression as a boxed number; false when it cannot tell. */
    private static boolean resolvedBoxed(Expression expression, RuleContext context) {
        Optional<ResolvedType> type = context.resolver().typeOf(expression);
        return type.isPresent() && type.get().isReferenceType()
                && BOXED.contains(type.get().asReferenceType().getQualifiedName());
    }

    /** {@code Objects.equals(left, right)}: null-safe, as {@code ==} is; negated for {@code !=}. */
    private static Optional<Fix> fix(BinaryExpr comparison, Expression left, Expression right, boolean negated,
            RuleContext context) {
        Optional<SourceRange> whole = comparison.getRange().map(SourceRange::of);
        Optional<String> leftText = left.getRange().map(SourceRange::of).flatMap(context::source);
        Optional<String> rightText = right.getRange().map(SourceRange::of).flatMap(context::source);
        if (whole.isEmpty() || leftText.isEmpty() || rightText.isEmpty()) {
            return Optional.empty();
        }
        String objects = Comparisons.importsObjects(comparison) ? "Objects" : "java.util.Objects";
        return Optional.of(new Fix("compare the values with `Objects.equals(..)`, which is null-safe as `==` is",
                List.of(new Fix.Replacement(whole.get(), (negated ? "!" : "") + objects + ".equals(" + leftText.get()
                        + ", " + rightText.get() + ")"))));
    }

}
