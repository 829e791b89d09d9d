package dev.backlint.flow.timeouts;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.Parameter;
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
import dev.backlint.matchers.TextExpressions;
import dev.backlint.models.HttpClients;
import dev.backlint.models.HttpClients.Family;
import dev.backlint.models.HttpClients.Kind;
import dev.backlint.models.HttpClients.Shape;
import dev.backlint.models.HttpClients.Timeout;
import dev.backlint.resolve.Body;
import dev.backlint.resolve.Scopes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Whether an HTTP client, connection or request that the code creates may wait without
 * limit: the timeouts it must have (see {@link HttpClients}) against those it is given on
 * every path to where it is finished or used. A builder is followed along its chain, into
 * the local it is put in (with {@link TimeoutFlow}, so that a timeout set on one branch only
 * is seen as such), through the helper methods of its class that return it, and to the
 * calls that send on the finished client. Where the value goes somewhere backlint does not
 * follow (a parameter of a library call, a field of another object), the answer is no.
 */
public final class ClientTimeouts {

    private static final int MAX_DEPTH = 3;

    /**
     * A client that may wait forever.
     *
     * @param kind    what was created
     * @param missing the timeouts it lacks
     * @param hanging the call that can wait, when one is seen
     * @param path    the deciding condition on the path that misses it, and the branch taken
     * @param report  the expression to report: the whole chain that creates it
     */
    public record Missing(Kind kind, Set<Timeout> missing, Optional<Node> hanging, Optional<String> path,
            Node report) {
        public Missing {
            missing = Set.copyOf(missing);
        }
    }

    private ClientTimeouts() {
    }

    /** The verdict on {@code creation}, which creates {@code kind}. */
    public static Optional<Missing> check(Expression creation, Kind kind, RuleContext context) {
        if (kind.family() == Family.CONFIGURATION) {
            return Optional.empty();
        }
        Set<Timeout> initial = EnumSet.noneOf(Timeout.class);
        if (creation instanceof ObjectCreationExpr object && object.getArguments().isNonEmpty()) {
            if (object.getAnonymousClassBody().isPresent()) {
                return Optional.empty();
            }
            Expression argument = object.getArguments().get(0);
            if (!(kind.family() == Family.REST_TEMPLATE && isConverterList(argument))) {
                initial.addAll(Configured.of(argument, context));
            }
        } else if (creation instanceof MethodCallExpr call && kind.family() == Family.REST_CLIENT
                && call.getArguments().isNonEmpty() && !isAddress(call.getArguments().get(0), context)) {
            return Optional.empty(); // RestClient.create(restTemplate): the template's own timeouts
        }
        return follow(creation, creation, kind, initial, context, 0);
    }

    /**
     * A chain on a builder Spring Boot injected ({@code RestTemplateBuilder} and the like),
     * finished by {@code call}: reported when the code sets some of the timeouts and not
     * the others, having taken over from the application's properties.
     */
    public static Optional<Missing> checkInjected(MethodCallExpr call, RuleContext context) {
        if (!HttpClients.TERMINALS.contains(call.getNameAsString()) || Links.finishedBefore(call)) {
            return Optional.empty();
        }
        List<MethodCallExpr> links = Chains.calls(call);
        Optional<Expression> root = Chains.root(call);
        if (!(root.orElse(null) instanceof NameExpr name) || links.size() < 2) {
            return Optional.empty();
        }
        Optional<Scopes.Declaration> declaration = Scopes.of(name);
        if (declaration.isEmpty() || declaration.get().kind() != Scopes.Kind.PARAMETER
                || declaration.get().writtenType().isEmpty()
                || !isInjectedBuilder(declaration.get().writtenType().get().asString(), context)) {
            return Optional.empty();
        }
        Set<Timeout> set = EnumSet.noneOf(Timeout.class);
        for (MethodCallExpr link : links.subList(0, links.size() - 1)) {
            set.addAll(Configured.effectOf(link, context, 0));
        }
        String type = declaration.get().writtenType().get().asString();
        Kind kind = injectedKind(type);
        Set<Timeout> missing = EnumSet.copyOf(kind.required());
        missing.removeAll(set);
        if (set.isEmpty() || missing.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Missing(kind, missing, Products.firstUse(call, context), Optional.empty(), call));
    }

    /** Whether a written type names one of the builders Spring Boot injects, as the file's imports read it. */
    private static boolean isInjectedBuilder(String written, RuleContext context) {
        for (String type : HttpClients.INJECTED_BUILDERS) {
            if (written.equals(type)) {
                return true;
            }
            String outer = type.endsWith(".Builder") ? type.substring(0, type.length() - ".Builder".length()) : type;
            String simple = type.substring(outer.lastIndexOf('.') + 1);
            if (written.equals(simple) && context.compilationUnit().getImports().stream()
                    .anyMatch(i -> !i.isStatic() && (i.getNameAsString().equals(outer) && !i.isAsterisk()
                            || i.isAsterisk() && outer.startsWith(i.getNameAsString() + ".")))) {
                return true;
            }
        }
        return false;
    }

    private static Kind injectedKind(String written) {
        Family family = written.contains("WebClient") ? Family.WEB_CLIENT
                : written.contains("RestClient") ? Family.REST_CLIENT : Family.REST_TEMPLATE;
        return HttpClients.KINDS.stream().filter(k -> k.family() == family && k.shape() == Shape.BUILDER)
                .findFirst().orElseThrow();
    }

    /**
     * A {@code URL.openConnection()} whose connection is an HTTP one (cast to or held as
     * {@code HttpURLConnection}, or opened on an {@code http:} address).
     */
    public static Optional<Missing> checkConnection(MethodCallExpr openConnection, RuleContext context) {
        if (!Addresses.isHttpConnection(openConnection, context)) {
            return Optional.empty();
        }
        return follow(openConnection, openConnection, HttpClients.URL_CONNECTION, EnumSet.noneOf(Timeout.class),
                context, 0);
    }


    // ---- following a value -------------------------------------------------------------

    private static Optional<Missing> follow(Expression creation, Expression start, Kind kind, Set<Timeout> given,
            RuleContext context, int depth) {
        Set<Timeout> set = EnumSet.noneOf(Timeout.class);
        set.addAll(given);
        Expression top = start;
        MethodCallExpr terminal = null;
        while (top.getParentNode().orElse(null) instanceof MethodCallExpr link && Links.isScopeOf(top, link)) {
            String name = link.getNameAsString();
            if (kind.shape() == Shape.BUILDER && HttpClients.TERMINALS.contains(name)) {
                terminal = link;
                break;
            }
            if (HttpClients.SETTERS.containsKey(name)) {
                set.addAll(Configured.effectOf(link, context, 0));
            } else if (kind.shape() == Shape.OBJECT) {
                if (!isNetworkUse(link, kind)) {
                    return Optional.empty(); // a getter: the chain goes on with something else
                }
                if (!missing(kind, set).isEmpty()) {
                    return Optional.of(new Missing(kind, missing(kind, set), Optional.of(link), Optional.empty(),
                            reportNode(creation)));
                }
            }
            top = link;
        }
        if (missing(kind, set).isEmpty()) {
            return Optional.empty();
        }
        if (kind.shape() == Shape.FIXED) {
            return finished(creation, top, kind, missing(kind, set), Optional.empty(), context, depth);
        }
        if (terminal != null) {
            return finished(creation, terminal, kind, missing(kind, set), Optional.empty(), context, depth);
        }
        return held(creation, top, kind, set, context, depth);
    }

    private static Set<Timeout> missing(Kind kind, Set<Timeout> set) {
        Set<Timeout> missing = EnumSet.noneOf(Timeout.class);
        missing.addAll(kind.required());
        missing.removeAll(set);
        return missing;
    }

    /** An unfinished builder, a connection or a template not yet used: where it goes next. */
    private static Optional<Missing> held(Expression creation, Expression top, Kind kind, Set<Timeout> set,
            RuleContext context, int depth) {
        Destination where = Links.destination(top);
        Node parent = where.parent();
        boolean template = kind.family() == Family.REST_TEMPLATE && kind.shape() == Shape.OBJECT;
        if (parent instanceof VariableDeclarator declarator) {
            if (declarator.getParentNode().filter(FieldDeclaration.class::isInstance).isPresent()) {
                return inField(creation, declarator.getNameAsString(), declarator, kind, set, context);
            }
            return inLocal(creation, declarator, declarator.getNameAsString(), kind, set, context, depth);
        }
        if (parent instanceof AssignExpr assign && assign.getValue() == where.child()) {
            Expression target = Configured.unwrap(assign.getTarget());
            if (target instanceof NameExpr name) {
                Optional<Scopes.Declaration> declaration = Scopes.of(name);
                if (declaration.isPresent() && declaration.get().kind() == Scopes.Kind.LOCAL) {
                    return inLocal(creation, assign, name.getNameAsString(), kind, set, context, depth);
                }
                if (declaration.isPresent() && declaration.get().kind() == Scopes.Kind.FIELD) {
                    return inField(creation, name.getNameAsString(), assign, kind, set, context);
                }
                return Optional.empty();
            }
            if (target instanceof FieldAccessExpr access && access.getScope() instanceof ThisExpr) {
                return inField(creation, access.getNameAsString(), assign, kind, set, context);
            }
            return Optional.empty();
        }
        if (parent instanceof ReturnStmt || parent instanceof ExpressionStmt && parent.getParentNode()
                .filter(LambdaExpr.class::isInstance).isPresent() || parent instanceof LambdaExpr) {
            return returned(creation, top, kind, set, context, depth);
        }
        if (template && !(parent instanceof MethodCallExpr call && Links.mayConfigure(call.getNameAsString()))) {
            return Optional.of(new Missing(kind, missing(kind, set), Optional.empty(), Optional.empty(),
                    reportNode(creation)));
        }
        return Optional.empty();
    }

    /** Returned from a method: followed at each call of it in its class; a template no one in the class calls for is finished. */
    private static Optional<Missing> returned(Expression creation, Expression top, Kind kind, Set<Timeout> set,
            RuleContext context, int depth) {
        Optional<MethodDeclaration> method = top.findAncestor(MethodDeclaration.class)
                .filter(m -> !Body.nestedIn(top, m));
        if (method.isEmpty()) {
            return Optional.empty();
        }
        List<MethodCallExpr> calls = Links.callsOf(method.get());
        if (calls.isEmpty() || depth >= MAX_DEPTH) {
            if (kind.family() == Family.REST_TEMPLATE && kind.shape() == Shape.OBJECT && calls.isEmpty()) {
                return Optional.of(new Missing(kind, missing(kind, set), Optional.empty(), Optional.empty(),
                        reportNode(creation)));
            }
            return Optional.empty();
        }
        for (MethodCallExpr call : calls) {
            Optional<Missing> found = follow(creation, call, kind, set, context, depth + 1);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    /** Held in a field: the configuring calls made on it anywhere in its class. */
    private static Optional<Missing> inField(Expression creation, String field, Node binding, Kind kind,
            Set<Timeout> set, RuleContext context) {
        if (kind.shape() != Shape.OBJECT || kind.family() != Family.REST_TEMPLATE) {
            return Optional.empty(); // a builder or a connection kept for later: not followed
        }
        Optional<com.github.javaparser.ast.body.TypeDeclaration<?>> type = Configured.typeAround(binding);
        if (type.isEmpty()) {
            return Optional.empty();
        }
        Set<Timeout> all = EnumSet.noneOf(Timeout.class);
        all.addAll(set);
        Node hanging = null;
        for (MethodCallExpr call : type.get().findAll(MethodCallExpr.class, c -> c.getScope()
                .filter(s -> Configured.names(s, field, true)).isPresent())) {
            if (HttpClients.SETTERS.containsKey(call.getNameAsString())) {
                all.addAll(Configured.effectOf(call, context, 0));
            } else if (hanging == null) {
                hanging = call;
            }
        }
        Set<Timeout> missing = missing(kind, all);
        return missing.isEmpty() ? Optional.empty()
                : Optional.of(new Missing(kind, missing, Optional.ofNullable(hanging), Optional.empty(),
                        reportNode(creation)));
    }

    /** Held in a local: the flow tells what each path has set where it is finished, used or returned. */
    private static Optional<Missing> inLocal(Expression creation, Node binding, String name, Kind kind,
            Set<Timeout> set, RuleContext context, int depth) {
        Optional<Body> body = Body.enclosing(binding);
        if (body.isEmpty()) {
            return Optional.empty();
        }
        List<Node> points = new ArrayList<>();
        Body.walkOwn(body.get().node(), node -> {
            if (node instanceof MethodCallExpr call && Links.rootName(call).filter(name::equals).isPresent()
                    && !Links.finishedBefore(call) && isPoint(call, kind)) {
                points.add(call);
            } else if (node instanceof ReturnStmt ret && ret.getExpression().map(Configured::unwrap)
                    .filter(e -> e instanceof NameExpr n && n.getNameAsString().equals(name)).isPresent()) {
                points.add(ret);
            } else if (node instanceof MethodCallExpr call && kind.family() == Family.URL_CONNECTION
                    && call.getArguments().stream().anyMatch(a -> Configured.names(a, name, false))
                    && usedByCallee(call, name)) {
                points.add(call);
            }
        });
        // a lambda of the body that finishes or uses it (a supplier that builds it for a cache)
        // sees it as it is where the lambda is created
        body.get().node().findAll(MethodCallExpr.class, call -> Body.nestedIn(call, body.get().node())
                && Links.rootName(call).filter(name::equals).isPresent() && !Links.finishedBefore(call)
                && isPoint(call, kind)).forEach(points::add);
        if (capturedByLambda(body.get().node(), name)) {
            return Optional.empty(); // configured or used by code that runs elsewhere
        }
        if (points.isEmpty()) {
            return kind.family() == Family.REST_TEMPLATE && kind.shape() == Shape.OBJECT
                    && passedOn(body.get().node(), name)
                    ? Optional.of(new Missing(kind, missing(kind, set), Optional.empty(), Optional.empty(),
                            reportNode(creation)))
                    : Optional.empty();
        }
        points.sort(Comparator.comparing(n -> n.getBegin().orElse(null),
                Comparator.nullsLast(Comparator.naturalOrder())));
        TimeoutFlow flow = TimeoutFlow.run(body.get(), binding, name, set, points, context);
        if (flow == null) {
            return Optional.empty();
        }
        for (Node point : points) {
            Set<TimeoutFlow.Outcome> outcomes = flow.at(point);
            if (outcomes == null || outcomes.isEmpty()) {
                continue;
            }
            Set<Timeout> chained = point instanceof MethodCallExpr call ? chainSettings(call, context) : Set.of();
            for (TimeoutFlow.Outcome outcome : inOrder(outcomes)) {
                Set<Timeout> have = EnumSet.noneOf(Timeout.class);
                have.addAll(outcome.set());
                have.addAll(chained);
                Set<Timeout> missing = missing(kind, have);
                if (missing.isEmpty()) {
                    continue;
                }
                Optional<String> path = pathOf(flow, outcome, outcomes, kind, chained, missing);
                Optional<Missing> found;
                if (point instanceof ReturnStmt) {
                    found = returned(creation, (Expression) ((ReturnStmt) point).getExpression().get(), kind, have,
                            context, depth);
                } else if (kind.shape() == Shape.BUILDER) {
                    found = finished(creation, (MethodCallExpr) point, kind, missing, path, context, depth);
                } else {
                    found = Optional.of(new Missing(kind, missing, Optional.of(point), path, reportNode(creation)));
                }
                if (found.isPresent()) {
                    Missing hit = found.get();
                    return Optional.of(hit.path().isPresent() || path.isEmpty() ? hit
                            : new Missing(hit.kind(), hit.missing(), hit.hanging(), path, hit.report()));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The outcomes in a fixed order, whatever the order of the set: those that set fewer
     * timeouts first, then by where their deciding branches are written.
     */
    private static List<TimeoutFlow.Outcome> inOrder(Set<TimeoutFlow.Outcome> outcomes) {
        Comparator<TimeoutFlow.Outcome> order = Comparator.comparingInt(o -> o.set().size());
        order = order.thenComparing(o -> o.set().toString())
                .thenComparing(o -> o.decisions().stream()
                        .map(d -> d.condition().getBegin().map(Object::toString).orElse("") + d.held())
                        .toList().toString());
        return outcomes.stream().sorted(order).toList();
    }

    private static boolean isPoint(MethodCallExpr call, Kind kind) {
        return switch (kind.shape()) {
            case BUILDER -> HttpClients.TERMINALS.contains(call.getNameAsString());
            case OBJECT -> isNetworkUse(call, kind);
            case FIXED -> false;
        };
    }

    /** Whether a call on a connection or template goes to the network. */
    private static boolean isNetworkUse(MethodCallExpr call, Kind kind) {
        String name = call.getNameAsString();
        return kind.family() == Family.URL_CONNECTION ? HttpClients.CONNECTION_USES.contains(name)
                : HttpClients.TEMPLATE_USES.contains(name);
    }

    /** What the calls of a finishing chain set between the variable and the call. */
    private static Set<Timeout> chainSettings(MethodCallExpr call, RuleContext context) {
        Set<Timeout> set = EnumSet.noneOf(Timeout.class);
        List<MethodCallExpr> links = Chains.calls(call);
        for (MethodCallExpr link : links.subList(0, links.size() - 1)) {
            set.addAll(Configured.effectOf(link, context, 0));
        }
        return set;
    }

    /**
     * The deciding branch of a path that misses a timeout other paths have: the latest
     * condition it took whose branches set one of the missing timeouts.
     */
    private static Optional<String> pathOf(TimeoutFlow flow, TimeoutFlow.Outcome outcome,
            Set<TimeoutFlow.Outcome> all, Kind kind, Set<Timeout> chained, Set<Timeout> missing) {
        boolean othersHave = all.stream().anyMatch(other -> {
            Set<Timeout> have = EnumSet.noneOf(Timeout.class);
            have.addAll(other.set());
            have.addAll(chained);
            return have.size() > outcome.set().size() || missing(kind, have).isEmpty();
        });
        if (!othersHave) {
            return Optional.empty();
        }
        List<TimeoutFlow.Decision> decisions = outcome.decisions();
        for (int i = decisions.size() - 1; i >= 0; i--) {
            TimeoutFlow.Decision decision = decisions.get(i);
            if (flow.decidedBy(decision.condition()).stream().anyMatch(missing::contains)) {
                return Optional.of("`" + Links.text(decision.condition()) + "` is " + decision.held());
            }
        }
        return Optional.empty();
    }

    /** Whether a method of the class that is handed the connection uses it (reads from it). */
    private static boolean usedByCallee(MethodCallExpr call, String name) {
        Optional<MethodDeclaration> method = Links.helper(call);
        if (method.isEmpty()) {
            return false;
        }
        int index = indexOf(call, name);
        if (index < 0 || index >= method.get().getParameters().size()) {
            return false;
        }
        String parameter = method.get().getParameter(index).getNameAsString();
        return !method.get().findAll(MethodCallExpr.class, c -> HttpClients.CONNECTION_USES.contains(c.getNameAsString())
                && Links.rootName(c).filter(parameter::equals).isPresent()).isEmpty();
    }

    private static int indexOf(MethodCallExpr call, String name) {
        for (int i = 0; i < call.getArguments().size(); i++) {
            if (Configured.names(call.getArguments().get(i), name, false)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * What a call that is handed the variable as argument {@code index} sets on it: a helper
     * of the class, what it sets on its parameter; a method named for configuring, every
     * timeout; anything else, none.
     */
    static Set<Timeout> setByCallee(MethodCallExpr call, int index, RuleContext context) {
        Optional<MethodDeclaration> method = Links.helper(call);
        if (method.isEmpty()) {
            return Links.mayConfigure(call.getNameAsString()) ? Configured.ALL : Set.of();
        }
        if (index >= method.get().getParameters().size()) {
            return Set.of();
        }
        Parameter parameter = method.get().getParameter(index);
        String name = parameter.getNameAsString();
        Set<Timeout> set = EnumSet.noneOf(Timeout.class);
        for (MethodCallExpr inner : method.get().findAll(MethodCallExpr.class)) {
            if (Links.rootName(inner).filter(name::equals).isPresent() && !Links.finishedBefore(inner)) {
                set.addAll(Configured.effectOf(inner, context, 1));
            } else if (inner.getArguments().stream().anyMatch(a -> Configured.names(a, name, false))
                    && Links.mayConfigure(inner.getNameAsString())) {
                return Configured.ALL;
            }
        }
        return set;
    }

    /** Whether a lambda or inner class of the body hands the variable on, or configures it. */
    private static boolean capturedByLambda(Node body, String name) {
        return !body.findAll(NameExpr.class, n -> n.getNameAsString().equals(name) && Body.nestedIn(n, body)
                && n.getParentNode().filter(parent -> parent instanceof MethodCallExpr call
                        && (call.getArguments().contains(n) || Links.isScopeOf(n, call)
                                && (HttpClients.SETTERS.containsKey(call.getNameAsString())
                                        || Links.mayConfigure(call.getNameAsString())))
                        || parent instanceof ObjectCreationExpr).isPresent()).isEmpty();
    }

    private static boolean passedOn(Node body, String name) {
        return !body.findAll(NameExpr.class, n -> n.getNameAsString().equals(name) && n.getParentNode()
                .filter(p -> p instanceof MethodCallExpr call && call.getArguments().contains(n)
                        || p instanceof ObjectCreationExpr || p instanceof AssignExpr).isPresent()).isEmpty();
    }

    // ---- finished clients and their uses -------------------------------------------------

    /** A finished client (or request) that lacks {@code missing}: whether it is used so that it can wait. */
    private static Optional<Missing> finished(Expression creation, Expression product, Kind kind,
            Set<Timeout> missing, Optional<String> path, RuleContext context, int depth) {
        switch (kind.family()) {
            case JDK_REQUEST -> {
                return Products.unboundedSend(product, context, depth)
                        .map(send -> new Missing(kind, missing, Optional.of(send), path, reportNode(creation)));
            }
            case WEB_CLIENT -> {
                List<MethodCallExpr> uses = Products.uses(product, context, depth);
                Optional<MethodCallExpr> unbounded = uses.stream().filter(use -> !Products.boundedReactive(use)).findFirst();
                if (!uses.isEmpty() && unbounded.isEmpty()) {
                    return Optional.empty();
                }
                return Optional.of(new Missing(kind, missing, unbounded.map(Node.class::cast), path,
                        reportNode(creation)));
            }
            case APACHE -> {
                if (Products.configuredPerRequest(creation) || Products.handedToWrapper(product, depth)) {
                    return Optional.empty();
                }
                return Optional.of(new Missing(kind, missing, Products.firstUse(product, context), path, reportNode(creation)));
            }
            default -> {
                return Optional.of(new Missing(kind, missing, Products.firstUse(product, context), path, reportNode(creation)));
            }
        }
    }

    private static boolean isConverterList(Expression argument) {
        Expression inner = Configured.unwrap(argument);
        String text = Links.text(inner);
        return text.startsWith("List.of(") || text.startsWith("Arrays.asList(") || text.startsWith("Collections.")
                || text.toLowerCase(Locale.ROOT).contains("converter");
    }

    private static boolean isAddress(Expression argument, RuleContext context) {
        Expression inner = Configured.unwrap(argument);
        String text = Links.text(inner);
        return TextExpressions.isText(inner, context) || text.contains("URI")
                || text.toLowerCase(Locale.ROOT).contains("url");
    }

    private static Node reportNode(Expression creation) {
        Expression top = creation;
        while (top.getParentNode().orElse(null) instanceof MethodCallExpr link && Links.isScopeOf(top, link)) {
            top = link;
        }
        return top;
    }
}
