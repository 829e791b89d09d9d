package dev.backlint.flow.taint;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.CastExpr;
import com.github.javaparser.ast.expr.ConditionalExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.stmt.ReturnStmt;
import dev.backlint.api.RuleContext;
import dev.backlint.api.RuleContext.Related;
import dev.backlint.flow.constants.DeadCode;
import dev.backlint.matchers.Receivers;
import dev.backlint.models.WebSources;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Whether request data reaches an expression within one method, and along which steps:
 * from a source (a servlet request method, a handler parameter) through assignments,
 * concatenation, string methods and builders. Conversions to numbers clear it, and so
 * does assigning a constant; branches whose condition folds to a constant are not
 * taken. Calls of methods of the same class are followed through summaries of their
 * return values; calls of other classes are not (silence, not a guess).
 */
public final class Taint {

    private static final int MAX_DEPTH = 32;
    private static final int PASSES = 3;
    private static final int MAX_SUMMARY_DEPTH = 3;

    private final RuleContext context;
    private final Node body;
    private final Map<String, List<Related>> tainted = new HashMap<>();
    /** Map entries with constant keys ({@code map#key}); {@code map#*} when a key was not constant. */
    private final Map<String, List<Related>> entries = new HashMap<>();
    /** Lists followed element by element; a list whose changes cannot be followed is dropped. */
    private final Map<String, List<Optional<List<Related>>>> lists = new HashMap<>();
    private int summaryDepth;
    /** Shared by a question and the summaries it asks for: answers, and a bound on the work. */
    private Shared shared = new Shared();

    private static final class Shared {
        private final Map<MethodDeclaration, Map<Integer, Boolean>> summaries = new java.util.IdentityHashMap<>();
        private int steps = MAX_STEPS;
    }

    private static final int MAX_STEPS = 200_000;

    private Taint(RuleContext context, CallableDeclaration<?> method) {
        this.context = context;
        this.body = method;
    }

    /** The steps by which request data reaches {@code expression}, if it does. */
    public static Optional<List<Related>> reaching(Expression expression, RuleContext context) {
        Optional<CallableDeclaration> method = expression.findAncestor(CallableDeclaration.class);
        if (method.isEmpty()) {
            return Optional.empty();
        }
        Taint taint = new Taint(context, (CallableDeclaration<?>) method.get());
        taint.seedParameters((CallableDeclaration<?>) method.get());
        taint.propagate(expression);
        Optional<List<Related>> path = taint.of(expression, 0);
        return taint.shared.steps < 0 ? Optional.empty() : path; // past the bound: silent
    }

    private void seedParameters(CallableDeclaration<?> method) {
        boolean handler = method instanceof MethodDeclaration declaration && isHandler(declaration);
        for (Parameter parameter : method.getParameters()) {
            boolean annotated = parameter.getAnnotations().stream()
                    .anyMatch(a -> WebSources.PARAMETER_ANNOTATIONS.contains(a.getName().getIdentifier()));
            boolean plainText = handler && parameter.getAnnotations().isEmpty()
                    && parameter.getType().asString().equals("String");
            if ((annotated || plainText) && !isSafeType(parameter)) {
                tainted.put(parameter.getNameAsString(), List.of(new Related(parameter,
                        "request data enters as parameter `" + parameter.getNameAsString() + "`")));
            }
        }
    }

    private static boolean isSafeType(Parameter parameter) {
        String type = parameter.getType().asString();
        return parameter.getType().isPrimitiveType() || NUMBER_TYPES.contains(type);
    }

    private static final java.util.Set<String> NUMBER_TYPES = java.util.Set.of("Integer", "Long", "Short", "Byte",
            "Double", "Float", "Boolean", "UUID", "BigDecimal", "BigInteger", "LocalDate", "LocalDateTime", "Instant");

    private static boolean isHandler(MethodDeclaration method) {
        boolean mapped = method.getAnnotations().stream()
                .anyMatch(a -> WebSources.HANDLER_ANNOTATIONS.contains(a.getName().getIdentifier()));
        return mapped && method.findAncestor(TypeDeclaration.class)
                .map(type -> ((TypeDeclaration<?>) type).getAnnotations().stream().map(AnnotationExpr::getNameAsString)
                        .anyMatch(name -> name.endsWith("Controller") || name.equals("Path")))
                .orElse(false);
    }

    /** Follows the assignments before {@code use}, in order, a few times for loops. */
    private void propagate(Expression use) {
        int limit = use.getBegin().map(p -> p.line).orElse(Integer.MAX_VALUE);
        List<Node> steps = new ArrayList<>();
        body.walk(Node.TreeTraversal.PREORDER, node -> {
            if ((node instanceof VariableDeclarator || node instanceof AssignExpr || isAppend(node)
                    || isCollectionChange(node)) && node.getBegin().map(p -> p.line <= limit).orElse(false)
                    && !insideLambda(node)) {
                steps.add(node);
            }
        });
        for (int pass = 0; pass < PASSES; pass++) {
            for (Node step : steps) {
                boolean collection = isCollectionChange(step);
                // changes to lists are not idempotent: they are followed once, in order
                if ((pass == 0 || !collection) && !DeadCode.isDead(step, body, context.constants())) {
                    if (collection) {
                        applyCollectionChange((MethodCallExpr) step);
                    } else {
                        apply(step);
                    }
                }
            }
        }
    }

    /** Lambdas are opaque: what they assign happens at some other time, if at all. */
    private boolean insideLambda(Node node) {
        for (Node parent = node.getParentNode().orElse(null); parent != null && parent != body;
                parent = parent.getParentNode().orElse(null)) {
            if (parent instanceof com.github.javaparser.ast.expr.LambdaExpr) {
                return true;
            }
        }
        return false;
    }

    private static boolean isAppend(Node node) {
        return node instanceof MethodCallExpr call && call.getNameAsString().equals("append")
                && builderOf(call).isPresent();
    }

    /** The local a chain of appends writes to: {@code sb} in {@code sb.append(a).append(b)}. */
    private static Optional<String> builderOf(MethodCallExpr call) {
        Optional<Expression> scope = call.getScope();
        while (scope.isPresent() && scope.get() instanceof MethodCallExpr inner
                && inner.getNameAsString().equals("append")) {
            scope = inner.getScope();
        }
        return scope.filter(NameExpr.class::isInstance).map(s -> ((NameExpr) s).getNameAsString());
    }

    private static final java.util.Set<String> COLLECTION_CHANGES = java.util.Set.of("put", "add", "remove",
            "clear", "set", "addAll", "putAll", "addFirst", "push", "pop", "poll", "offer", "removeIf", "sort");

    private static boolean isCollectionChange(Node node) {
        return node instanceof MethodCallExpr call && COLLECTION_CHANGES.contains(call.getNameAsString())
                && call.getScope().filter(NameExpr.class::isInstance).isPresent();
    }

    private void applyCollectionChange(MethodCallExpr call) {
        String collection = ((NameExpr) call.getScope().get()).getNameAsString();
        String name = call.getNameAsString();
        List<Expression> arguments = call.getArguments();
        if (name.equals("put") && arguments.size() == 2) {
            Optional<List<Related>> value = of(arguments.get(1), 0);
            Optional<Object> key = context.constants().value(arguments.get(0));
            String slot = collection + "#" + key.map(String::valueOf).orElse("*");
            if (value.isPresent()) {
                entries.put(slot, extend(value.get(), call, "stored in `" + collection + "`"));
            } else if (key.isPresent()) {
                entries.remove(slot);
            }
            return;
        }
        List<Optional<List<Related>>> elements = lists.computeIfAbsent(collection, k -> new ArrayList<>());
        if (name.equals("add") && arguments.size() == 1) {
            elements.add(of(arguments.get(0), 0).map(path -> extend(path, call, "added to `" + collection + "`")));
            return;
        }
        Optional<Object> index = arguments.isEmpty() ? Optional.empty() : context.constants().value(arguments.get(0));
        if (name.equals("add") && arguments.size() == 2 && index.isPresent() && index.get() instanceof Integer at
                && at >= 0 && at <= elements.size()) {
            elements.add(at, of(arguments.get(1), 0).map(path -> extend(path, call, "added to `" + collection + "`")));
            return;
        }
        if (name.equals("remove") && index.isPresent() && index.get() instanceof Integer at && at >= 0
                && at < elements.size()) {
            elements.remove((int) at);
            return;
        }
        // a change we cannot follow: forget what the collection holds (silence rather than a guess)
        lists.put(collection, null);
        entries.keySet().removeIf(slot -> slot.startsWith(collection + "#"));
    }

    /** What a read of a collection with a constant key or index gives. */
    private Optional<List<Related>> fromCollection(MethodCallExpr call) {
        if (!call.getNameAsString().equals("get") || call.getArguments().size() != 1
                || !(call.getScope().orElse(null) instanceof NameExpr scope)) {
            return Optional.empty();
        }
        String collection = scope.getNameAsString();
        Optional<Object> key = context.constants().value(call.getArgument(0));
        if (lists.containsKey(collection)) {
            List<Optional<List<Related>>> elements = lists.get(collection);
            if (elements != null && key.isPresent() && key.get() instanceof Integer at && at >= 0 && at < elements.size()) {
                return elements.get(at);
            }
            return Optional.empty();
        }
        Optional<List<Related>> any = Optional.ofNullable(entries.get(collection + "#*"));
        if (key.isEmpty()) {
            return any;
        }
        Optional<List<Related>> exact = Optional.ofNullable(entries.get(collection + "#" + key.get()));
        return exact.isPresent() ? exact : any;
    }

    private void apply(Node step) {
        if (step instanceof VariableDeclarator declarator && declarator.getInitializer().isPresent()) {
            assign(declarator.getNameAsString(), declarator.getInitializer().get(), declarator, false);
        } else if (step instanceof AssignExpr assign && assign.getTarget() instanceof NameExpr target) {
            boolean plus = assign.getOperator() == AssignExpr.Operator.PLUS;
            if (assign.getOperator() == AssignExpr.Operator.ASSIGN || plus) {
                assign(target.getNameAsString(), assign.getValue(), assign, plus);
            }
        } else if (step instanceof MethodCallExpr call) {
            String builder = builderOf(call).orElseThrow();
            for (Expression argument : call.getArguments()) {
                Optional<List<Related>> path = of(argument, 0);
                if (path.isPresent() && !tainted.containsKey(builder)) {
                    tainted.put(builder, extend(path.get(), call, "appended to `" + builder + "`"));
                }
            }
        }
    }

    private void assign(String name, Expression value, Node where, boolean compound) {
        Optional<List<Related>> path = of(value, 0);
        if (path.isPresent()) {
            if (!tainted.containsKey(name) || !compound) {
                tainted.put(name, extend(path.get(), where, "flows into `" + name + "`"));
            }
        } else if (!compound) {
            tainted.remove(name); // overwritten with data that is not from the request
        }
    }

    private static List<Related> extend(List<Related> path, Node where, String message) {
        List<Related> longer = new ArrayList<>(path);
        longer.add(new Related(where, message));
        return List.copyOf(longer);
    }

    /** The path of request data into {@code expression}, if any. */
    private Optional<List<Related>> of(Expression expression, int depth) {
        if (depth > MAX_DEPTH || --shared.steps < 0) {
            return Optional.empty();
        }
        int next = depth + 1;
        if (expression instanceof NameExpr name) {
            return Optional.ofNullable(tainted.get(name.getNameAsString()));
        }
        if (expression instanceof EnclosedExpr enclosed) {
            return of(enclosed.getInner(), next);
        }
        if (expression instanceof CastExpr cast) {
            return of(cast.getExpression(), next);
        }
        if (expression instanceof BinaryExpr binary && binary.getOperator() == BinaryExpr.Operator.PLUS) {
            Optional<List<Related>> left = of(binary.getLeft(), next);
            return left.isPresent() ? left : of(binary.getRight(), next);
        }
        if (expression instanceof ConditionalExpr conditional) {
            Optional<Object> condition = context.constants().value(conditional.getCondition());
            if (condition.isPresent() && condition.get() instanceof Boolean taken) {
                return of(taken ? conditional.getThenExpr() : conditional.getElseExpr(), next);
            }
            Optional<List<Related>> then = of(conditional.getThenExpr(), next);
            return then.isPresent() ? then : of(conditional.getElseExpr(), next);
        }
        if (expression instanceof ObjectCreationExpr creation) {
            String type = creation.getType().getNameAsString();
            if (type.equals("StringBuilder") || type.equals("StringBuffer") || type.equals("String")) {
                return first(creation.getArguments(), next);
            }
            return Optional.empty();
        }
        if (expression instanceof MethodCallExpr call) {
            return ofCall(call, next);
        }
        return Optional.empty();
    }

    private Optional<List<Related>> ofCall(MethodCallExpr call, int depth) {
        String name = call.getNameAsString();
        String qualified = call.getScope().map(s -> s + ".").orElse("") + name;
        if (WebSources.SANITIZERS.contains(qualified)) {
            return Optional.empty();
        }
        if (WebSources.REQUEST_METHODS.contains(name) && call.getScope().isPresent()
                && Receivers.isOneOf(call.getScope().get(), WebSources.REQUEST_TYPES, context)) {
            return Optional.of(List.of(new Related(call, "`" + name + "(..)` returns request data")));
        }
        Optional<List<Related>> stored = fromCollection(call);
        if (stored.isPresent()) {
            return stored.map(path -> extend(path, call, "read back from `" + call.getScope().get() + "`"));
        }
        if (WebSources.PROPAGATORS.contains(name)) {
            Optional<List<Related>> scope = call.getScope().flatMap(s -> of(s, depth));
            return scope.isPresent() ? scope : first(call.getArguments(), depth);
        }
        return throughOwnMethod(call, depth);
    }

    /**
     * A call of a method of the same class whose result depends on an argument that
     * carries request data: the callee's body is analysed with that parameter as the
     * source (a summary), a few calls deep at most.
     */
    private Optional<List<Related>> throughOwnMethod(MethodCallExpr call, int depth) {
        if (call.getScope().filter(scope -> !scope.isThisExpr()).isPresent() || summaryDepth >= MAX_SUMMARY_DEPTH) {
            return Optional.empty();
        }
        Optional<TypeDeclaration> type = call.findAncestor(TypeDeclaration.class);
        if (type.isEmpty()) {
            return Optional.empty();
        }
        List<MethodDeclaration> candidates = ((TypeDeclaration<?>) type.get()).getMethodsByName(call.getNameAsString())
                .stream().filter(m -> m.getParameters().size() == call.getArguments().size() && m.getBody().isPresent())
                .toList();
        if (candidates.size() != 1) {
            return Optional.empty();
        }
        MethodDeclaration callee = candidates.get(0);
        for (int i = 0; i < call.getArguments().size(); i++) {
            Optional<List<Related>> argument = of(call.getArgument(i), depth);
            if (argument.isPresent() && returnsParameter(callee, i)) {
                return Optional.of(extend(argument.get(), call, "passes through `" + callee.getNameAsString() + "(..)`"));
            }
        }
        return Optional.empty();
    }

    /** Whether the method's result carries its parameter {@code index}. */
    private boolean returnsParameter(MethodDeclaration callee, int index) {
        Map<Integer, Boolean> known = shared.summaries.computeIfAbsent(callee, k -> new HashMap<>());
        Boolean answer = known.get(index);
        if (answer != null) {
            return answer;
        }
        known.put(index, false); // recursion through this summary adds nothing
        boolean result = computeReturnsParameter(callee, index);
        known.put(index, result);
        return result;
    }

    private boolean computeReturnsParameter(MethodDeclaration callee, int index) {
        Taint inner = new Taint(context, callee);
        inner.summaryDepth = summaryDepth + 1;
        inner.shared = shared;
        Parameter parameter = callee.getParameter(index);
        inner.tainted.put(parameter.getNameAsString(), List.of(new Related(parameter, "parameter")));
        for (ReturnStmt ret : callee.findAll(ReturnStmt.class, r -> r.getExpression().isPresent()
                && r.findAncestor(CallableDeclaration.class).filter(c -> c == callee).isPresent())) {
            Expression value = ret.getExpression().get();
            inner.propagate(value);
            if (inner.of(value, 0).isPresent()) {
                return true;
            }
        }
        return false;
    }

    private Optional<List<Related>> first(List<Expression> expressions, int depth) {
        for (Expression expression : expressions) {
            Optional<List<Related>> path = of(expression, depth);
            if (path.isPresent()) {
                return path;
            }
        }
        return Optional.empty();
    }
}
