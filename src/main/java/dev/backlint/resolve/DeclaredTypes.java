package dev.backlint.resolve;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.type.Type;
import java.util.Optional;

/**
 * Finds, without the symbol solver, where a simple name used in an expression is
 * declared: a local variable, a parameter or a field of an enclosing class. Used to
 * read a variable's declared type when its library cannot be resolved.
 */
public final class DeclaredTypes {

    private DeclaredTypes() {
    }

    /**
     * The declared type of {@code name} ({@code x} or {@code this.x}) as written, or
     * empty when it is not declared in this file (an inherited field, say) or is {@code var}.
     */
    public static Optional<Type> of(Expression expression) {
        return declaration(expression).flatMap(Scopes.Declaration::writtenType);
    }

    /** What {@code x} or {@code this.x} refers to, when it is declared in this file. */
    public static Optional<Scopes.Declaration> declaration(Expression expression) {
        if (expression instanceof NameExpr name) {
            return Scopes.of(name);
        }
        if (expression instanceof FieldAccessExpr access && access.getScope().isThisExpr()) {
            return Scopes.field(expression, access.getNameAsString());
        }
        return Optional.empty();
    }

    /**
     * The local variable (not a parameter or field) that a simple name refers to at its
     * place in the code, if it is one.
     */
    public static Optional<VariableDeclarator> localVariable(NameExpr name) {
        return Scopes.of(name).filter(d -> d.kind() == Scopes.Kind.LOCAL).flatMap(Scopes.Declaration::declarator);
    }

    /**
     * The declared return type of a call to a method of the enclosing class
     * ({@code build(x)} or {@code this.build(x)}) with that name and number of
     * arguments, if there is exactly one such method.
     */
    public static Optional<Type> returnTypeOf(com.github.javaparser.ast.expr.MethodCallExpr call) {
        if (call.getScope().isPresent() && !call.getScope().get().isThisExpr()) {
            return Optional.empty();
        }
        return declaringTypeAround(call).flatMap(type -> method(type, call))
                .map(com.github.javaparser.ast.body.MethodDeclaration::getType);
    }

    /**
     * The class around an unqualified call, from the innermost out, that declares a
     * method of its name: the class the call reaches.
     */
    public static Optional<TypeDeclaration<?>> declaringTypeAround(com.github.javaparser.ast.expr.MethodCallExpr call) {
        for (Node node = call.getParentNode().orElse(null); node != null; node = node.getParentNode().orElse(null)) {
            if (node instanceof TypeDeclaration<?> type && !type.getMethodsByName(call.getNameAsString()).isEmpty()) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }

    /** The method of {@code type} a call means, when exactly one has its name and number of arguments. */
    public static Optional<com.github.javaparser.ast.body.MethodDeclaration> method(TypeDeclaration<?> type,
            com.github.javaparser.ast.expr.MethodCallExpr call) {
        java.util.List<com.github.javaparser.ast.body.MethodDeclaration> methods =
                type.getMethodsByName(call.getNameAsString()).stream()
                        .filter(method -> method.getParameters().size() == call.getArguments().size())
                        .toList();
        return methods.size() == 1 ? Optional.of(methods.get(0)) : Optional.empty();
    }

    /**
     * The type that a receiver names as written, without type arguments: the declared
     * type of a variable of this file, the class of a {@code new}, or a class name (a
     * static member's qualifier, judged by its capital initial).
     */
    public static Optional<String> writtenTypeOf(Expression scope) {
        if (scope instanceof com.github.javaparser.ast.expr.EnclosedExpr enclosed) {
            return writtenTypeOf(enclosed.getInner()); // (new Source()).read()
        }
        if (scope instanceof ObjectCreationExpr creation) {
            return Optional.of(creation.getType().getNameWithScope());
        }
        if (scope instanceof NameExpr || scope instanceof FieldAccessExpr access && access.getScope().isThisExpr()) {
            Optional<Type> declared = DeclaredTypes.of(scope);
            if (declared.isPresent()) {
                return declared.get().isClassOrInterfaceType()
                        ? Optional.of(declared.get().asClassOrInterfaceType().getNameWithScope()) : Optional.empty();
            }
        }
        if (scope instanceof NameExpr name && Character.isUpperCase(name.getNameAsString().charAt(0))) {
            return Optional.of(name.getNameAsString()); // a class: a static call
        }
        if (scope instanceof FieldAccessExpr access && Character.isUpperCase(access.getNameAsString().charAt(0))
                && isQualifiedName(access.getScope())) {
            return Optional.of(access.toString());
        }
        return Optional.empty();
    }

    private static boolean isQualifiedName(Expression expression) {
        return expression instanceof NameExpr
                || expression instanceof FieldAccessExpr access && isQualifiedName(access.getScope());
    }

    /** The named classes of a file by simple name, kept on its tree once built. */
    private static final com.github.javaparser.ast.DataKey<java.util.Map<String, java.util.List<TypeDeclaration<?>>>> TYPES_BY_NAME =
            new com.github.javaparser.ast.DataKey<>() {
            };

    /** A class of this file that the simple or dotted name {@code written} names, if exactly one. */
    public static Optional<TypeDeclaration<?>> typeOfThisFile(Node at, String written) {
        Optional<com.github.javaparser.ast.CompilationUnit> unit = at.findCompilationUnit();
        if (unit.isEmpty()) {
            return Optional.empty();
        }
        java.util.Map<String, java.util.List<TypeDeclaration<?>>> byName;
        if (unit.get().containsData(TYPES_BY_NAME)) {
            byName = unit.get().getData(TYPES_BY_NAME);
        } else {
            byName = new java.util.HashMap<>();
            for (TypeDeclaration<?> type : unit.get().findAll(TypeDeclaration.class)) {
                if (dev.backlint.engine.FactExtractor.enclosingTypeName(type).isPresent()) {
                    byName.computeIfAbsent(type.getNameAsString(), k -> new java.util.ArrayList<>()).add(type);
                }
            }
            unit.get().setData(TYPES_BY_NAME, byName);
        }
        java.util.List<TypeDeclaration<?>> found = byName.getOrDefault(written.substring(written.lastIndexOf('.') + 1), java.util.List.of());
        return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
    }

    /**
     * The declared return type of a call on a receiver of a class of this file
     * ({@code registry.primary()}, with {@code registry} declared as that class), when the
     * class declares exactly one method of that name and arity.
     */
    public static Optional<Type> returnTypeOfCallOnThisFileType(com.github.javaparser.ast.expr.MethodCallExpr call) {
        if (call.getScope().isEmpty()) {
            return Optional.empty();
        }
        return writtenTypeOf(call.getScope().get()).flatMap(written -> typeOfThisFile(call, written))
                .flatMap(type -> method(type, call)).map(com.github.javaparser.ast.body.MethodDeclaration::getType);
    }

}
