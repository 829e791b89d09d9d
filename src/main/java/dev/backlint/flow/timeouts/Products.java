package dev.backlint.flow.timeouts;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import com.github.javaparser.ast.stmt.ReturnStmt;
import dev.backlint.api.RuleContext;
import dev.backlint.flow.Destination;
import dev.backlint.matchers.Chains;
import dev.backlint.models.HttpClients;
import dev.backlint.resolve.Body;
import dev.backlint.resolve.Scopes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * What the code does with a finished client or request: the calls made on it (on the
 * local or field it is put in, or at the calls of the method that returns it), whether a
 * request reaches a {@code send} with no bound on the wait, whether each reactive call
 * has a {@code timeout} of its own, and whether an Apache client is handed to a Spring
 * request factory that applies timeouts of its own.
 */
final class Products {

    private static final int MAX_DEPTH = 3;

    private Products() {
    }

    /**
     * Whether the class of an Apache client gives its requests a config of their own
     * ({@code request.setConfig(..)}, the context's {@code REQUEST_CONFIG}), or sets the
     * timeout parameters of a 4.0 to 4.2 client ({@code HttpConnectionParams.setSoTimeout}):
     * its timeouts are set where backlint does not follow them.
     */
    static boolean configuredPerRequest(Expression creation) {
        return Configured.typeAround(creation).map(type -> !type.findAll(MethodCallExpr.class,
                call -> HttpClients.APACHE_PER_REQUEST.contains(call.getNameAsString())).isEmpty()
                || !type.findAll(NameExpr.class, name -> HttpClients.APACHE_PER_REQUEST.contains(name.getNameAsString()))
                        .isEmpty()
                || !type.findAll(FieldAccessExpr.class,
                        name -> HttpClients.APACHE_PER_REQUEST.contains(name.getNameAsString())).isEmpty())
                .orElse(false);
    }

    /** Whether a finished Apache client is handed to a Spring request factory or connector (directly or by a helper). */
    static boolean handedToWrapper(Expression product, int depth) {
        Destination where = Links.destination(product);
        if (where.parent() instanceof ObjectCreationExpr wrapper
                && HttpClients.APACHE_WRAPPERS.contains(wrapper.getType().getNameAsString())) {
            return true;
        }
        if (where.parent() instanceof VariableDeclarator declarator) {
            String name = declarator.getNameAsString();
            return Body.enclosing(declarator).map(body -> !body.node().findAll(ObjectCreationExpr.class,
                    wrapper -> HttpClients.APACHE_WRAPPERS.contains(wrapper.getType().getNameAsString())
                            && wrapper.getArguments().stream().anyMatch(a -> Configured.names(a, name, false)))
                    .isEmpty()).orElse(false);
        }
        if (where.parent() instanceof ReturnStmt && depth < MAX_DEPTH) {
            Optional<MethodDeclaration> method = product.findAncestor(MethodDeclaration.class);
            List<MethodCallExpr> calls = method.map(Links::callsOf).orElse(List.of());
            return !calls.isEmpty() && calls.stream().allMatch(call -> handedToWrapper(call, depth + 1));
        }
        return false;
    }

    static Optional<Node> firstUse(Expression product, RuleContext context) {
        return uses(product, context, 0).stream().findFirst().map(Node.class::cast);
    }

    /** The calls made on a finished client: on the local or field it is put in, or at the calls of the method returning it. */
    static List<MethodCallExpr> uses(Expression product, RuleContext context, int depth) {
        List<MethodCallExpr> uses = new ArrayList<>();
        if (product.getParentNode().orElse(null) instanceof MethodCallExpr link && Links.isScopeOf(product, link)) {
            uses.add(link);
            return uses;
        }
        Destination where = Links.destination(product);
        Node parent = where.parent();
        String name = null;
        boolean field = false;
        Node scope = null;
        if (parent instanceof VariableDeclarator declarator) {
            name = declarator.getNameAsString();
            field = declarator.getParentNode().filter(FieldDeclaration.class::isInstance).isPresent();
            scope = field ? Configured.typeAround(declarator).orElse(null) : Body.enclosing(declarator).map(Body::node)
                    .orElse(null);
        } else if (parent instanceof AssignExpr assign) {
            Expression target = Configured.unwrap(assign.getTarget());
            if (target instanceof FieldAccessExpr access && access.getScope() instanceof ThisExpr) {
                name = access.getNameAsString();
                field = true;
            } else if (target instanceof NameExpr n) {
                name = n.getNameAsString();
                field = Scopes.of(n).filter(d -> d.kind() == Scopes.Kind.FIELD).isPresent();
            }
            scope = field ? Configured.typeAround(assign).orElse(null) : Body.enclosing(assign).map(Body::node)
                    .orElse(null);
        } else if (parent instanceof ReturnStmt && depth < MAX_DEPTH) {
            Optional<MethodDeclaration> method = product.findAncestor(MethodDeclaration.class);
            if (method.isPresent()) {
                for (MethodCallExpr call : Links.callsOf(method.get())) {
                    uses.addAll(uses(call, context, depth + 1));
                }
            }
            return uses;
        }
        if (name == null || scope == null) {
            return uses;
        }
        String holder = name;
        boolean isField = field;
        scope.findAll(MethodCallExpr.class, call -> call.getScope().filter(s -> Configured.names(s, holder, isField))
                .isPresent() && !call.getNameAsString().equals("close")).forEach(uses::add);
        uses.sort(Comparator.comparing(n -> n.getBegin().orElse(null), Comparator.nullsLast(Comparator.naturalOrder())));
        return uses;
    }

    /** Whether a reactive call on a client has a timeout of its own: {@code .timeout(d)} or {@code .block(d)} on its chain. */
    static boolean boundedReactive(MethodCallExpr use) {
        MethodCallExpr end = Chains.end(use);
        for (MethodCallExpr link : Chains.calls(end)) {
            String name = link.getNameAsString();
            if (HttpClients.WAIT_BOUNDS.contains(name) && link.getArguments().isNonEmpty()
                    || (name.equals("block") || name.equals("blockOptional")) && link.getArguments().size() == 1) {
                return true;
            }
        }
        Destination where = Destination.of(end);
        if (where.parent() instanceof VariableDeclarator declarator) {
            String name = declarator.getNameAsString();
            return Body.enclosing(declarator).map(body -> !body.node().findAll(MethodCallExpr.class, call ->
                    HttpClients.WAIT_BOUNDS.contains(call.getNameAsString())
                            && Links.rootName(call).filter(name::equals).isPresent()).isEmpty()).orElse(false);
        }
        return false;
    }

    /** The {@code send}/{@code sendAsync} a request reaches with no bound on the wait, if any. */
    static Optional<Node> unboundedSend(Expression request, RuleContext context, int depth) {
        Destination where = Links.destination(request);
        Node parent = where.parent();
        if (parent instanceof ExpressionStmt statement
                && statement.getParentNode().orElse(null) instanceof LambdaExpr lambda) {
            return sentByNextLambda(lambda);
        }
        if (parent instanceof MethodCallExpr call && HttpClients.JDK_SENDS.contains(call.getNameAsString())
                && call.getArguments().stream().anyMatch(a -> a == where.child())) {
            return boundedFuture(call) ? Optional.empty() : Optional.of(call);
        }
        if (parent instanceof VariableDeclarator declarator) {
            String name = declarator.getNameAsString();
            Optional<Body> body = Body.enclosing(declarator);
            if (body.isEmpty()) {
                return Optional.empty();
            }
            return body.get().node().findAll(MethodCallExpr.class, call -> HttpClients.JDK_SENDS
                    .contains(call.getNameAsString()) && call.getArguments().stream()
                    .anyMatch(a -> Configured.names(a, name, false)) && !boundedFuture(call))
                    .stream().findFirst().map(Node.class::cast);
        }
        if (parent instanceof ReturnStmt && depth < MAX_DEPTH) {
            Optional<MethodDeclaration> method = request.findAncestor(MethodDeclaration.class);
            if (method.isPresent()) {
                for (MethodCallExpr call : Links.callsOf(method.get())) {
                    Optional<Node> send = unboundedSend(call, context, depth + 1);
                    if (send.isPresent()) {
                        return send;
                    }
                }
            }
        }
        return Optional.empty();
    }

    /**
     * A request a lambda of a stream returns ({@code map(id -> newBuilder(..).build())}): the
     * send that a later lambda of the same chain makes with its parameter.
     */
    static Optional<Node> sentByNextLambda(LambdaExpr lambda) {
        if (!(lambda.getParentNode().orElse(null) instanceof MethodCallExpr call)) {
            return Optional.empty();
        }
        Expression current = call;
        while (current.getParentNode().orElse(null) instanceof MethodCallExpr next && Links.isScopeOf(current, next)) {
            for (Expression argument : next.getArguments()) {
                if (argument instanceof LambdaExpr later && later.getParameters().size() == 1) {
                    String parameter = later.getParameter(0).getNameAsString();
                    Optional<MethodCallExpr> send = later.findAll(MethodCallExpr.class, c -> HttpClients.JDK_SENDS
                            .contains(c.getNameAsString()) && c.getArguments().stream()
                            .anyMatch(a -> Configured.names(a, parameter, false)) && !boundedFuture(c))
                            .stream().findFirst();
                    if (send.isPresent()) {
                        return Optional.of(send.get());
                    }
                }
            }
            current = next;
        }
        return Optional.empty();
    }

    /** Whether the future of a {@code sendAsync} is waited on with a bound, or handed on for others to bound. */
    static boolean boundedFuture(MethodCallExpr send) {
        if (send.getNameAsString().equals("send")) {
            return false;
        }
        for (MethodCallExpr link : Chains.calls(Chains.end(send))) {
            String name = link.getNameAsString();
            if (HttpClients.WAIT_BOUNDS.contains(name) || name.equals("get") && link.getArguments().size() == 2) {
                return true;
            }
        }
        Destination where = Destination.of(Chains.end(send));
        if (where.parent() instanceof VariableDeclarator declarator) {
            String name = declarator.getNameAsString();
            return Body.enclosing(declarator).map(body -> !body.node().findAll(MethodCallExpr.class, call ->
                    (HttpClients.WAIT_BOUNDS.contains(call.getNameAsString())
                            || call.getNameAsString().equals("get") && call.getArguments().size() == 2)
                            && Links.rootName(call).filter(name::equals).isPresent()).isEmpty()).orElse(true);
        }
        return false;
    }
}
