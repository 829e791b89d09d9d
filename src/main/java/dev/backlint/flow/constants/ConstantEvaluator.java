package dev.backlint.flow.constants;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.NodeList;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.BooleanLiteralExpr;
import com.github.javaparser.ast.expr.CharLiteralExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.IntegerLiteralExpr;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.LongLiteralExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.expr.TextBlockLiteralExpr;
import com.github.javaparser.ast.expr.UnaryExpr;
import com.github.javaparser.ast.expr.VariableDeclarationExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.CatchClause;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import com.github.javaparser.ast.stmt.ForEachStmt;
import com.github.javaparser.ast.stmt.ForStmt;
import com.github.javaparser.ast.stmt.Statement;
import com.github.javaparser.ast.stmt.SwitchEntry;
import com.github.javaparser.ast.stmt.TryStmt;
import dev.backlint.api.Literals;
import dev.backlint.engine.FactExtractor;
import dev.backlint.engine.FileFacts;
import dev.backlint.engine.ProjectIndex;
import dev.backlint.engine.SourceFile;
import dev.backlint.resolve.LibraryConstants;
import java.util.Optional;

/**
 * Decides whether an expression's value is known at compile time, and what it is:
 * literals, text blocks, {@code +} of constants, local variables that are never
 * reassigned and start from a constant, and {@code static final} fields of any scanned
 * file (through the {@link ProjectIndex}). Anything else is unknown.
 */
public final class ConstantEvaluator {

    private static final int MAX_DEPTH = 64;
    private static final java.util.Set<UnaryExpr.Operator> STEPS = java.util.EnumSet.of(
            UnaryExpr.Operator.PREFIX_INCREMENT, UnaryExpr.Operator.PREFIX_DECREMENT,
            UnaryExpr.Operator.POSTFIX_INCREMENT, UnaryExpr.Operator.POSTFIX_DECREMENT);

    private final ProjectIndex index;
    private final SourceFile file;
    private final FileFacts facts;
    private final LibraryConstants libraries;

    public ConstantEvaluator(ProjectIndex index, SourceFile file, FileFacts facts) {
        this(index, file, facts, LibraryConstants.none());
    }

    /** @param libraries constants of the library classes on the scan's classpath */
    public ConstantEvaluator(ProjectIndex index, SourceFile file, FileFacts facts, LibraryConstants libraries) {
        this.index = index;
        this.file = file;
        this.facts = facts;
        this.libraries = libraries;
    }

    /** The value: a {@code String}, boxed integral number, {@code Character} or {@code Boolean}. */
    public Optional<Object> value(Expression expression) {
        return value(expression, 0);
    }

    /**
     * The scanned type that the type name {@code written} stands for at {@code at}: a type
     * of this file, an imported one or one of the same package. Empty outside the scan.
     */
    public Optional<ProjectIndex.Declared> scannedType(String written, Node at) {
        return index.resolveType(file, facts, enclosingType(at), written);
    }

    /** The scanned type that {@code written} stands for in the file of {@code near}. */
    public Optional<ProjectIndex.Declared> scannedType(String written, ProjectIndex.Declared near) {
        return index.resolveType(near.file(), near.fileFacts(), near.type().qualifiedName(), written);
    }

    /** The value when it is a {@code String}. */
    public Optional<String> stringValue(Expression expression) {
        return value(expression).filter(String.class::isInstance).map(String.class::cast);
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
            Optional<Object> scanned = index.constantByQualifier(file, facts, enclosingType(access),
                    access.getScope().toString(), access.getNameAsString());
            return scanned.isPresent() ? scanned : libraryConstant(access.getScope().toString(), access.getNameAsString(), access);
        }
        return Optional.empty();
    }

    /**
     * Whether the expression's value is fixed by the code alone, even when the evaluator
     * cannot say which value it is: constants, locals assigned only constant values,
     * {@code final} fields with constant initialisers, ternaries of constants,
     * {@code String.format}, {@code formatted}, {@code String.join}, {@code concat} and
     * {@code StringBuilder} chains of constants, and an enum constant's {@code name()}.
     */
    public boolean isConstant(Expression expression) {
        return Shapes.isConstant(this, expression, 0);
    }

    /** A local variable declared before {@code name} in its scope, if it is one; for {@link Shapes}. */
    Optional<VariableDeclarator> localDeclaration(NameExpr name) {
        Node child = name;
        for (Node parent = name.getParentNode().orElse(null); parent != null;
                child = parent, parent = parent.getParentNode().orElse(null)) {
            if (parent instanceof TypeDeclaration<?> || isAnonymousBody(parent, child)) {
                break;
            }
            Optional<LocalLookup> local = lookIn(parent, child, name.getNameAsString());
            if (local.isPresent()) {
                return local.get().declarator();
            }
        }
        return Optional.empty();
    }

    /** Whether {@code name} is a parameter or another local that is never constant. */
    boolean isParameterLike(NameExpr name) {
        Node child = name;
        for (Node parent = name.getParentNode().orElse(null); parent != null;
                child = parent, parent = parent.getParentNode().orElse(null)) {
            if (parent instanceof TypeDeclaration<?> || isAnonymousBody(parent, child)) {
                return false;
            }
            Optional<LocalLookup> local = lookIn(parent, child, name.getNameAsString());
            if (local.isPresent()) {
                return local.get().declarator().isEmpty();
            }
        }
        return false;
    }

    private Optional<Object> nameValue(NameExpr name, int depth) {
        String identifier = name.getNameAsString();
        Node child = name;
        for (Node parent = name.getParentNode().orElse(null); parent != null;
                child = parent, parent = parent.getParentNode().orElse(null)) {
            if (parent instanceof TypeDeclaration<?> || isAnonymousBody(parent, child)) {
                break;
            }
            Optional<LocalLookup> local = lookIn(parent, child, identifier);
            if (local.isPresent()) {
                return local.get().declarator()
                        .filter(declarator -> neverReassigned(declarator))
                        .flatMap(VariableDeclarator::getInitializer)
                        .flatMap(init -> value(init, depth + 1));
            }
        }
        Optional<Object> scanned = index.constantByName(file, facts, enclosingType(name), identifier);
        return scanned.isPresent() ? scanned : staticallyImportedLibraryConstant(identifier);
    }

    /**
     * {@code Type.NAME} of a library class, the type named as a type of this file would
     * be ({@link ProjectIndex#typeNames}). Silent when none has it.
     */
    private Optional<Object> libraryConstant(String qualifier, String name, Node at) {
        String owner = qualifier.substring(qualifier.lastIndexOf('.') + 1);
        if (facts == null || owner.isEmpty() || !Character.isUpperCase(owner.charAt(0))) {
            return Optional.empty(); // a variable's field, not a class's constant
        }
        java.util.List<String> candidates = ProjectIndex.typeNames(facts, enclosingType(at), qualifier);
        for (String candidate : candidates) {
            Optional<Object> value = libraries.value(candidate, name);
            if (value.isPresent()) {
                return value;
            }
        }
        return Optional.empty();
    }

    /** A simple name imported with {@code import static a.b.Type.NAME} (or {@code .*}) from a library class. */
    private Optional<Object> staticallyImportedLibraryConstant(String name) {
        if (facts == null) {
            return Optional.empty();
        }
        for (String imported : facts.imports()) {
            if (imported.startsWith("static ") && (imported.endsWith("." + name) || imported.endsWith(".*"))) {
                String member = imported.substring("static ".length());
                Optional<Object> value = libraries.value(member.substring(0, member.lastIndexOf('.')), name);
                if (value.isPresent()) {
                    return value;
                }
            }
        }
        return Optional.empty();
    }

    /** A local found: its declarator, or none for parameters and other non-constants. */
    private record LocalLookup(Optional<VariableDeclarator> declarator) {
    }

    private static Optional<LocalLookup> lookIn(Node parent, Node child, String identifier) {
        if (parent instanceof BlockStmt block) {
            return declaredBefore(block.getStatements(), child, identifier);
        }
        if (parent instanceof SwitchEntry entry) {
            return declaredBefore(entry.getStatements(), child, identifier);
        }
        if (parent instanceof CallableDeclaration<?> callable) {
            return hasParameter(callable.getParameters(), identifier);
        }
        if (parent instanceof LambdaExpr lambda) {
            return hasParameter(lambda.getParameters(), identifier);
        }
        if (parent instanceof CatchClause clause) {
            return clause.getParameter().getNameAsString().equals(identifier)
                    ? Optional.of(new LocalLookup(Optional.empty())) : Optional.empty();
        }
        if (parent instanceof ForEachStmt forEach) {
            return declares(forEach.getVariable(), identifier) ? Optional.of(new LocalLookup(Optional.empty()))
                    : Optional.empty();
        }
        if (parent instanceof ForStmt forStmt) {
            for (Expression init : forStmt.getInitialization()) {
                if (init instanceof VariableDeclarationExpr declaration && declares(declaration, identifier)) {
                    return Optional.of(new LocalLookup(Optional.empty()));
                }
            }
        }
        if (parent instanceof TryStmt tryStmt) {
            for (Expression resource : tryStmt.getResources()) {
                if (resource instanceof VariableDeclarationExpr declaration && declares(declaration, identifier)) {
                    return Optional.of(new LocalLookup(Optional.empty()));
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<LocalLookup> declaredBefore(NodeList<Statement> statements, Node child, String identifier) {
        int position = child instanceof Statement statement ? statements.indexOf(statement) : statements.size();
        for (int i = position - 1; i >= 0; i--) {
            if (statements.get(i) instanceof ExpressionStmt expressionStmt
                    && expressionStmt.getExpression() instanceof VariableDeclarationExpr declaration) {
                for (VariableDeclarator variable : declaration.getVariables()) {
                    if (variable.getNameAsString().equals(identifier)) {
                        return Optional.of(new LocalLookup(Optional.of(variable)));
                    }
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<LocalLookup> hasParameter(NodeList<Parameter> parameters, String identifier) {
        for (Parameter parameter : parameters) {
            if (parameter.getNameAsString().equals(identifier)) {
                return Optional.of(new LocalLookup(Optional.empty()));
            }
        }
        return Optional.empty();
    }

    private static boolean declares(VariableDeclarationExpr declaration, String identifier) {
        return declaration.getVariables().stream().anyMatch(v -> v.getNameAsString().equals(identifier));
    }

    private static boolean isAnonymousBody(Node parent, Node child) {
        return parent instanceof ObjectCreationExpr creation && creation.getAnonymousClassBody().isPresent()
                && !(child instanceof Expression);
    }

    /**
     * Whether a local is never assigned after its declaration anywhere in the enclosing
     * body. Conservative: an assignment to any variable of the same name counts.
     */
    private static boolean neverReassigned(VariableDeclarator declarator) {
        if (declarator.getParentNode().filter(p -> p instanceof VariableDeclarationExpr v && v.isFinal()).isPresent()) {
            return true;
        }
        String identifier = declarator.getNameAsString();
        Node body = declarator;
        while (body.getParentNode().isPresent()
                && !(body.getParentNode().get() instanceof CallableDeclaration<?>)
                && !(body.getParentNode().get() instanceof LambdaExpr)
                && !(body.getParentNode().get() instanceof TypeDeclaration<?>)) {
            body = body.getParentNode().get();
        }
        boolean assigned = body.findFirst(AssignExpr.class,
                assign -> assign.getTarget() instanceof NameExpr target
                        && target.getNameAsString().equals(identifier)).isPresent();
        boolean stepped = body.findFirst(UnaryExpr.class,
                unary -> unary.getExpression() instanceof NameExpr target
                        && target.getNameAsString().equals(identifier)
                        && STEPS.contains(unary.getOperator())).isPresent();
        return !assigned && !stepped;
    }

    private static String enclosingType(Node node) {
        return FactExtractor.enclosingTypeName(node).orElse(null);
    }
}
