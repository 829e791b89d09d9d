package dev.backlint.resolve;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.NodeList;
import com.github.javaparser.ast.body.BodyDeclaration;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.RecordDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.VariableDeclarationExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.CatchClause;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import com.github.javaparser.ast.stmt.ForEachStmt;
import com.github.javaparser.ast.stmt.Statement;
import com.github.javaparser.ast.stmt.TryStmt;
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
        String identifier;
        boolean fieldOnly = false;
        if (expression instanceof NameExpr name) {
            identifier = name.getNameAsString();
        } else if (expression instanceof FieldAccessExpr access && access.getScope().isThisExpr()) {
            identifier = access.getNameAsString();
            fieldOnly = true;
        } else {
            return Optional.empty();
        }
        Node child = expression;
        for (Node parent = expression.getParentNode().orElse(null); parent != null;
                child = parent, parent = parent.getParentNode().orElse(null)) {
            if (!fieldOnly) {
                Optional<Type> local = local(parent, child, identifier);
                if (local.isPresent()) {
                    return local.filter(type -> !type.isVarType());
                }
            }
            if (parent instanceof TypeDeclaration<?> type) {
                Optional<Type> field = field(type, identifier);
                if (field.isPresent()) {
                    return field;
                }
                fieldOnly = false;
            }
        }
        return Optional.empty();
    }

    /**
     * The local variable (not a parameter or field) that a simple name refers to at its
     * place in the code, if it is one.
     */
    public static Optional<VariableDeclarator> localVariable(NameExpr name) {
        String identifier = name.getNameAsString();
        Node child = name;
        for (Node parent = name.getParentNode().orElse(null); parent != null;
                child = parent, parent = parent.getParentNode().orElse(null)) {
            if (parent instanceof TypeDeclaration<?> || parent instanceof CallableDeclaration<?>) {
                return Optional.empty();
            }
            if (parent instanceof BlockStmt block) {
                NodeList<Statement> statements = block.getStatements();
                int position = child instanceof Statement statement ? statements.indexOf(statement) : statements.size();
                for (int i = position - 1; i >= 0; i--) {
                    if (statements.get(i) instanceof ExpressionStmt stmt
                            && stmt.getExpression() instanceof VariableDeclarationExpr declaration) {
                        for (VariableDeclarator variable : declaration.getVariables()) {
                            if (variable.getNameAsString().equals(identifier)) {
                                return Optional.of(variable);
                            }
                        }
                    }
                }
            } else if (parent instanceof TryStmt tryStmt) {
                for (Expression resource : tryStmt.getResources()) {
                    if (resource instanceof VariableDeclarationExpr declaration) {
                        for (VariableDeclarator variable : declaration.getVariables()) {
                            if (variable.getNameAsString().equals(identifier)) {
                                return Optional.of(variable);
                            }
                        }
                    }
                }
            } else if (parent instanceof LambdaExpr lambda && parameter(lambda.getParameters(), identifier).isPresent()) {
                return Optional.empty();
            }
        }
        return Optional.empty();
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

    private static Optional<Type> local(Node parent, Node child, String identifier) {
        if (parent instanceof BlockStmt block) {
            NodeList<Statement> statements = block.getStatements();
            int position = child instanceof Statement statement ? statements.indexOf(statement) : statements.size();
            for (int i = position - 1; i >= 0; i--) {
                if (statements.get(i) instanceof ExpressionStmt stmt
                        && stmt.getExpression() instanceof VariableDeclarationExpr declaration) {
                    Optional<Type> type = declared(declaration, identifier);
                    if (type.isPresent()) {
                        return type;
                    }
                }
            }
        } else if (parent instanceof CallableDeclaration<?> callable) {
            return parameter(callable.getParameters(), identifier);
        } else if (parent instanceof LambdaExpr lambda) {
            return parameter(lambda.getParameters(), identifier);
        } else if (parent instanceof CatchClause clause && clause.getParameter().getNameAsString().equals(identifier)) {
            return Optional.of(clause.getParameter().getType());
        } else if (parent instanceof ForEachStmt forEach) {
            return declared(forEach.getVariable(), identifier);
        } else if (parent instanceof TryStmt tryStmt) {
            for (Expression resource : tryStmt.getResources()) {
                if (resource instanceof VariableDeclarationExpr declaration) {
                    Optional<Type> type = declared(declaration, identifier);
                    if (type.isPresent()) {
                        return type;
                    }
                }
            }
        } else if (parent instanceof RecordDeclaration record) {
            return parameter(record.getParameters(), identifier);
        }
        return Optional.empty();
    }

    private static Optional<Type> declared(VariableDeclarationExpr declaration, String identifier) {
        for (VariableDeclarator variable : declaration.getVariables()) {
            if (variable.getNameAsString().equals(identifier)) {
                return Optional.of(variable.getType());
            }
        }
        return Optional.empty();
    }

    private static Optional<Type> parameter(NodeList<Parameter> parameters, String identifier) {
        for (Parameter parameter : parameters) {
            if (parameter.getNameAsString().equals(identifier)) {
                return Optional.of(parameter.getType());
            }
        }
        return Optional.empty();
    }

    private static Optional<Type> field(TypeDeclaration<?> type, String identifier) {
        for (BodyDeclaration<?> member : type.getMembers()) {
            if (member instanceof FieldDeclaration field) {
                for (VariableDeclarator variable : field.getVariables()) {
                    if (variable.getNameAsString().equals(identifier)) {
                        return Optional.of(variable.getType());
                    }
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The type that a receiver names as written, without type arguments: the declared
     * type of a variable of this file, the class of a {@code new}, or a class name (a
     * static member's qualifier, judged by its capital initial).
     */
    public static Optional<String> writtenTypeOf(Expression scope) {
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

}
