package dev.backlint.resolve;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.NodeList;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.ConstructorDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.InitializerDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import java.util.List;
import java.util.Optional;

/**
 * A piece of code that runs as a unit and can be analysed on its own: a method, a
 * constructor, a lambda, an initializer or static block, or a field initialiser. Code in
 * a lambda or a class declared inside a body belongs to that lambda or class, not to the
 * body around it: it runs at some other time, if at all.
 */
public final class Body {

    private final Node node;

    private Body(Node node) {
        this.node = node;
    }

    /** The body that {@code node} is, when it is one. */
    public static Optional<Body> of(Node node) {
        return isBody(node) ? Optional.of(new Body(node)) : Optional.empty();
    }

    /** The innermost body that {@code node} belongs to (itself excluded); empty for a type's members. */
    public static Optional<Body> enclosing(Node node) {
        for (Node current = node.getParentNode().orElse(null); current != null;
                current = current.getParentNode().orElse(null)) {
            if (isBody(current)) {
                return Optional.of(new Body(current));
            }
            if (current instanceof TypeDeclaration<?>) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /**
     * Whether {@code inner} belongs to a lambda or a class declared within {@code outer}
     * rather than to {@code outer} itself.
     */
    public static boolean nestedIn(Node inner, Node outer) {
        for (Node current = inner.getParentNode().orElse(null); current != null && current != outer;
                current = current.getParentNode().orElse(null)) {
            if (opensNested(current)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Visits, in pre-order, {@code root} and the nodes of its code that are not
     * {@link #nestedIn nested} in a lambda or class within it: a lambda, a class declaration
     * or an anonymous class's creation is visited, what is inside it is not.
     */
    public static void walkOwn(Node root, java.util.function.Consumer<Node> visit) {
        java.util.ArrayDeque<Node> pending = new java.util.ArrayDeque<>();
        pending.push(root);
        while (!pending.isEmpty()) {
            Node node = pending.pop();
            visit.accept(node);
            if (node != root && opensNested(node)) {
                continue;
            }
            List<Node> children = node.getChildNodes();
            for (int i = children.size() - 1; i >= 0; i--) {
                pending.push(children.get(i));
            }
        }
    }

    /** Whether what is inside the node is code of its own: a body, a class, an anonymous class's creation. */
    private static boolean opensNested(Node node) {
        return isBody(node) || node instanceof TypeDeclaration<?>
                || node instanceof ObjectCreationExpr creation && creation.getAnonymousClassBody().isPresent();
    }

    private static boolean isBody(Node node) {
        return node instanceof CallableDeclaration<?> || node instanceof LambdaExpr
                || node instanceof InitializerDeclaration
                || node instanceof VariableDeclarator declarator
                && declarator.getParentNode().filter(FieldDeclaration.class::isInstance).isPresent()
                && declarator.getInitializer().isPresent();
    }

    /** The declaration, lambda, initializer block or field declarator. */
    public Node node() {
        return node;
    }

    /** The code that runs: a block, a lambda's expression, or a field's initialiser; empty for abstract methods. */
    public Optional<Node> code() {
        if (node instanceof MethodDeclaration method) {
            return method.getBody().map(Node.class::cast);
        }
        if (node instanceof ConstructorDeclaration constructor) {
            return Optional.of(constructor.getBody());
        }
        if (node instanceof LambdaExpr lambda) {
            return Optional.of(lambda.getBody());
        }
        if (node instanceof InitializerDeclaration initializer) {
            return Optional.of(initializer.getBody());
        }
        return ((VariableDeclarator) node).getInitializer().map(Node.class::cast);
    }

    /** The parameters the body receives: of a method, constructor or lambda; none for the others. */
    public List<Parameter> parameters() {
        if (node instanceof CallableDeclaration<?> callable) {
            return callable.getParameters();
        }
        if (node instanceof LambdaExpr lambda) {
            return lambda.getParameters();
        }
        return new NodeList<>();
    }

    /** Whether {@code inner} is code of this body itself (not of a lambda or class inside it). */
    public boolean owns(Node inner) {
        return node.isAncestorOf(inner) && !nestedIn(inner, node);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Body body && body.node == node;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(node);
    }
}
