package dev.backlint.flow;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.CastExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.NameExpr;
import dev.backlint.resolve.Scopes;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A place that holds a value, the key of flow states: a local variable or parameter
 * (by its declaration, so that shadowing names stay apart), a field of {@code this}
 * ({@code this.f}, or {@code f} where no local hides it), a field of another place
 * ({@code x.f}), or a static field ({@code Type.F}), with the fields read from it.
 */
public final class AccessPath {

    private enum Root { VARIABLE, THIS, STATIC }

    private static final int MAX_LENGTH = 4;

    private final Root root;
    /** The declaration of a variable root; {@code null} for the others. */
    private final Node declaration;
    /** The type name of a static root, or the variable's name (for messages). */
    private final String name;
    private final List<String> fields;

    private AccessPath(Root root, Node declaration, String name, List<String> fields) {
        this.root = root;
        this.declaration = declaration;
        this.name = name;
        this.fields = List.copyOf(fields);
    }

    /** The local variable, parameter or pattern variable declared by {@code declaration}. */
    public static AccessPath variable(Node declaration, String name) {
        return new AccessPath(Root.VARIABLE, declaration, name, List.of());
    }

    /** {@code this.field}. */
    public static AccessPath thisField(String field) {
        return new AccessPath(Root.THIS, null, "this", List.of(field));
    }

    /**
     * The place an expression reads or writes: {@code x}, {@code this.f}, {@code x.f},
     * {@code Type.F}, through parentheses and casts. Empty for anything else, and for
     * names this file does not declare (they may be inherited fields or static imports).
     */
    public static Optional<AccessPath> of(Expression expression) {
        Expression inner = expression;
        while (inner instanceof EnclosedExpr || inner instanceof CastExpr) {
            inner = inner instanceof EnclosedExpr enclosed ? enclosed.getInner() : ((CastExpr) inner).getExpression();
        }
        if (inner instanceof NameExpr name) {
            Optional<Scopes.Declaration> declaration = Scopes.of(name);
            if (declaration.isEmpty()) {
                return Optional.empty();
            }
            Scopes.Declaration found = declaration.get();
            if (found.kind() != Scopes.Kind.FIELD) {
                return Optional.of(variable(found.node(), found.name()));
            }
            boolean isStatic = found.node().getParentNode()
                    .filter(p -> p instanceof com.github.javaparser.ast.body.FieldDeclaration field && field.isStatic())
                    .isPresent();
            return Optional.of(isStatic ? new AccessPath(Root.STATIC, null, ownerName(found.owner()), List.of(found.name()))
                    : thisField(found.name()));
        }
        if (inner instanceof FieldAccessExpr access) {
            Expression scope = access.getScope();
            if (scope.isThisExpr()) {
                return Optional.of(thisField(access.getNameAsString()));
            }
            Optional<AccessPath> base = of(scope);
            if (base.isPresent()) {
                return base.get().field(access.getNameAsString());
            }
            if (scope instanceof NameExpr type && Character.isUpperCase(type.getNameAsString().charAt(0))) {
                return Optional.of(new AccessPath(Root.STATIC, null, type.getNameAsString(),
                        List.of(access.getNameAsString())));
            }
        }
        return Optional.empty();
    }

    private static String ownerName(Node owner) {
        return owner instanceof com.github.javaparser.ast.body.TypeDeclaration<?> type ? type.getNameAsString() : "?";
    }

    /** This place's field {@code field}; empty past a few fields (deeper paths are not told apart). */
    public Optional<AccessPath> field(String field) {
        if (fields.size() >= MAX_LENGTH) {
            return Optional.empty();
        }
        List<String> longer = new ArrayList<>(fields);
        longer.add(field);
        return Optional.of(new AccessPath(root, declaration, name, longer));
    }

    /** Whether this is a local variable, parameter or pattern variable with no field read. */
    public boolean isVariable() {
        return root == Root.VARIABLE && fields.isEmpty();
    }

    /** Whether this is a field of {@code this}, read directly: {@code this.f}, or {@code f} where no local hides it. */
    public boolean isFieldOfThis() {
        return root == Root.THIS && fields.size() == 1;
    }

    /** The declaration of the variable at the root, if the root is one. */
    public Optional<Node> declaration() {
        return Optional.ofNullable(declaration);
    }

    /** Whether {@code other} is this place or a field of it (read through it). */
    public boolean isPrefixOf(AccessPath other) {
        return root == other.root && declaration == other.declaration && name.equals(other.name)
                && other.fields.size() >= fields.size() && other.fields.subList(0, fields.size()).equals(fields);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof AccessPath path && path.root == root && path.declaration == declaration
                && path.name.equals(name) && path.fields.equals(fields);
    }

    @Override
    public int hashCode() {
        return (System.identityHashCode(declaration) * 31 + name.hashCode()) * 31 + fields.hashCode();
    }

    /** As written: {@code x}, {@code this.f}, {@code x.f}, {@code Type.F}. */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder(name);
        fields.forEach(field -> text.append('.').append(field));
        return text.toString();
    }
}
