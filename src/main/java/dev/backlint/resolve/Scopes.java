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
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.TypePatternExpr;
import com.github.javaparser.ast.expr.VariableDeclarationExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.CatchClause;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import com.github.javaparser.ast.stmt.ForEachStmt;
import com.github.javaparser.ast.stmt.ForStmt;
import com.github.javaparser.ast.stmt.Statement;
import com.github.javaparser.ast.stmt.SwitchEntry;
import com.github.javaparser.ast.stmt.TryStmt;
import com.github.javaparser.ast.type.Type;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import com.github.javaparser.ast.DataKey;
import java.util.Optional;

/**
 * What a simple name used in the code refers to, found without the symbol solver by
 * walking out through the scopes that enclose the use: locals declared before it in
 * their block, parameters of methods, lambdas and catch clauses, for and for-each
 * variables, try resources, pattern variables, and fields of the enclosing classes
 * (records' components included). The one scope lookup of the project.
 */
public final class Scopes {

    private Scopes() {
    }

    /** The kinds of variables a name may refer to. */
    public enum Kind {
        /** A local variable with a declarator: {@code String s = …}, a try resource, a for variable. */
        LOCAL,
        /** A parameter of a method, constructor, lambda or catch clause, or a for-each variable. */
        PARAMETER,
        /** A pattern variable: {@code x instanceof Foo f}. */
        PATTERN,
        /** A field or record component of an enclosing class. */
        FIELD
    }

    /**
     * A declaration found.
     *
     * @param node the {@link VariableDeclarator}, {@link Parameter} or {@link TypePatternExpr}
     * @param type the declared type as written ({@code var} included)
     * @param owner for fields, the class declaring them; else the body of the variable
     */
    public record Declaration(Kind kind, Node node, String name, Type type, Node owner) {

        /** The declarator of a local or field, when it has one. */
        public Optional<VariableDeclarator> declarator() {
            return node instanceof VariableDeclarator declarator ? Optional.of(declarator) : Optional.empty();
        }

        /** The declared type, unless it is {@code var} or left out (a lambda parameter without one). */
        public Optional<Type> writtenType() {
            return type.isVarType() || type.isUnknownType() ? Optional.empty() : Optional.of(type);
        }

        public boolean isLocal() {
            return kind != Kind.FIELD;
        }
    }

    /**
     * What {@code name} refers to at its place; empty for names declared elsewhere
     * (inherited, static imports, types). The answer is kept on the name's node.
     */
    public static Optional<Declaration> of(NameExpr name) {
        if (name.containsData(FOUND)) {
            return name.getData(FOUND);
        }
        Optional<Declaration> found = lookUp(name, name.getNameAsString(), false);
        name.setData(FOUND, found);
        return found;
    }

    private static final DataKey<Optional<Declaration>> FOUND = new DataKey<>() {
    };

    /** What the field {@code this.name} (or {@code name} where locals are left out) refers to at {@code use}. */
    public static Optional<Declaration> field(Node use, String name) {
        return lookUp(use, name, true);
    }

    private static Optional<Declaration> lookUp(Node use, String identifier, boolean fieldsOnly) {
        Node child = use;
        for (Node parent = use.getParentNode().orElse(null); parent != null;
                child = parent, parent = parent.getParentNode().orElse(null)) {
            if (!fieldsOnly) {
                Optional<Declaration> local = local(parent, child, identifier);
                if (local.isPresent()) {
                    return local;
                }
                if (Body.of(parent).isPresent()) {
                    Optional<Declaration> pattern = pattern(parent, use, identifier);
                    if (pattern.isPresent()) {
                        return pattern;
                    }
                }
            }
            if (parent instanceof TypeDeclaration<?> type) {
                Optional<Declaration> field = field(type, type.getMembers(), identifier);
                if (field.isPresent()) {
                    return field;
                }
                fieldsOnly = false; // an outer class's field may be meant, or a local of the body around a local class
            } else if (parent instanceof ObjectCreationExpr creation && creation.getAnonymousClassBody().isPresent()
                    && child instanceof BodyDeclaration<?>) {
                Optional<Declaration> field = field(parent, creation.getAnonymousClassBody().get(), identifier);
                if (field.isPresent()) {
                    return field;
                }
                fieldsOnly = false;
            }
        }
        return Optional.empty();
    }

    private static Optional<Declaration> local(Node parent, Node child, String identifier) {
        if (parent instanceof BlockStmt block) {
            return declaredBefore(block.getStatements(), child, identifier, parent);
        }
        if (parent instanceof SwitchEntry entry) {
            return declaredBefore(entry.getStatements(), child, identifier, parent);
        }
        if (parent instanceof CallableDeclaration<?> callable) {
            return parameter(callable.getParameters(), identifier, parent);
        }
        if (parent instanceof LambdaExpr lambda) {
            return parameter(lambda.getParameters(), identifier, parent);
        }
        if (parent instanceof CatchClause clause && clause.getParameter().getNameAsString().equals(identifier)) {
            return Optional.of(new Declaration(Kind.PARAMETER, clause.getParameter(), identifier,
                    clause.getParameter().getType(), clause));
        }
        if (parent instanceof ForEachStmt forEach && child != forEach.getIterable()) {
            return declared(forEach.getVariable(), identifier, Kind.PARAMETER, parent);
        }
        if (parent instanceof ForStmt forStmt) {
            for (Expression init : forStmt.getInitialization()) {
                if (init instanceof VariableDeclarationExpr declaration) {
                    Optional<Declaration> found = declared(declaration, identifier, Kind.LOCAL, parent);
                    if (found.isPresent()) {
                        return found;
                    }
                }
            }
        }
        if (parent instanceof TryStmt tryStmt && (child == tryStmt.getTryBlock()
                || tryStmt.getResources().stream().anyMatch(resource -> resource == child))) {
            // the try block sees every resource; a resource sees those declared before it
            for (Expression resource : tryStmt.getResources()) {
                if (resource == child) {
                    break;
                }
                if (resource instanceof VariableDeclarationExpr declaration) {
                    Optional<Declaration> found = declared(declaration, identifier, Kind.LOCAL, parent);
                    if (found.isPresent()) {
                        return found;
                    }
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<Declaration> declaredBefore(NodeList<Statement> statements, Node child, String identifier,
                                                        Node block) {
        int position = statements.size();
        for (int i = 0; i < statements.size(); i++) {
            if (statements.get(i) == child) {
                position = i; // by identity: equal statements elsewhere in the block are other statements
                break;
            }
        }
        for (int i = position - 1; i >= 0; i--) {
            if (statements.get(i) instanceof ExpressionStmt expressionStmt
                    && expressionStmt.getExpression() instanceof VariableDeclarationExpr declaration) {
                Optional<Declaration> found = declared(declaration, identifier, Kind.LOCAL, block);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<Declaration> declared(VariableDeclarationExpr declaration, String identifier, Kind kind,
                                                  Node owner) {
        for (VariableDeclarator variable : declaration.getVariables()) {
            if (variable.getNameAsString().equals(identifier)) {
                return Optional.of(new Declaration(kind, variable, identifier, variable.getType(), owner));
            }
        }
        return Optional.empty();
    }

    private static Optional<Declaration> parameter(List<Parameter> parameters, String identifier, Node owner) {
        for (Parameter parameter : parameters) {
            if (parameter.getNameAsString().equals(identifier)) {
                return Optional.of(new Declaration(Kind.PARAMETER, parameter, identifier, parameter.getType(), owner));
            }
        }
        return Optional.empty();
    }

    /**
     * A pattern variable of the body declared before the use. Its exact scope (where the
     * pattern is known to match) is left to flow analysis; a name that a pattern of the
     * body declares is never taken for a field.
     */
    private static Optional<Declaration> pattern(Node body, Node use, String identifier) {
        List<TypePatternExpr> patterns = patternsOf(body).get(identifier);
        if (patterns == null) {
            return Optional.empty();
        }
        int useLine = use.getBegin().map(p -> p.line).orElse(Integer.MAX_VALUE);
        int useColumn = use.getBegin().map(p -> p.column).orElse(Integer.MAX_VALUE);
        for (TypePatternExpr pattern : patterns) {
            boolean before = pattern.getBegin()
                    .map(p -> p.line < useLine || p.line == useLine && p.column < useColumn).orElse(false);
            if (before) {
                return Optional.of(new Declaration(Kind.PATTERN, pattern, identifier, pattern.getType(), body));
            }
        }
        return Optional.empty();
    }

    /** The pattern variables of a body by name, found once and kept on its tree. */
    private static Map<String, List<TypePatternExpr>> patternsOf(Node body) {
        if (body.containsData(PATTERNS)) {
            return body.getData(PATTERNS);
        }
        Map<String, List<TypePatternExpr>> byName = new HashMap<>();
        for (TypePatternExpr pattern : body.findAll(TypePatternExpr.class)) {
            if (!Body.nestedIn(pattern, body)) {
                byName.computeIfAbsent(pattern.getNameAsString(), k -> new ArrayList<>()).add(pattern);
            }
        }
        body.setData(PATTERNS, byName);
        return byName;
    }

    private static final DataKey<Map<String, List<TypePatternExpr>>> PATTERNS = new DataKey<>() {
    };

    private static Optional<Declaration> field(Node type, List<BodyDeclaration<?>> members, String identifier) {
        if (type instanceof RecordDeclaration record) {
            for (Parameter component : record.getParameters()) {
                if (component.getNameAsString().equals(identifier)) {
                    return Optional.of(new Declaration(Kind.FIELD, component, identifier, component.getType(), type));
                }
            }
        }
        for (BodyDeclaration<?> member : members) {
            if (member instanceof FieldDeclaration field) {
                for (VariableDeclarator variable : field.getVariables()) {
                    if (variable.getNameAsString().equals(identifier)) {
                        return Optional.of(new Declaration(Kind.FIELD, variable, identifier, variable.getType(), type));
                    }
                }
            }
        }
        return Optional.empty();
    }
}
