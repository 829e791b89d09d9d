package dev.backlint.flow.web;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.CastExpr;
import com.github.javaparser.ast.expr.ConditionalExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.SwitchExpr;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import com.github.javaparser.ast.stmt.ForEachStmt;
import com.github.javaparser.ast.stmt.Statement;
import com.github.javaparser.ast.stmt.SwitchEntry;
import com.github.javaparser.ast.stmt.YieldStmt;
import com.github.javaparser.ast.stmt.ReturnStmt;
import dev.backlint.resolve.Scopes;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The calls whose whole result a method returns: what it returns as it is, wrapped in a
 * response, mapped or filtered element by element through a stream or a reactive type,
 * held in a local on the way, or copied into a returned collection by a loop. A result
 * reduced to one value ({@code count()}, {@code size()}, {@code findFirst()}) or cut short
 * ({@code limit(n)}) is not returned whole.
 */
public final class ResponseCalls {

    /** Calls whose result holds every element of their receiver or arguments. */
    private static final Set<String> CARRIERS = Set.of("stream", "parallelStream", "map", "filter", "sorted",
            "distinct", "peek", "toList", "collect", "boxed", "mapToObj", "flatMap", "flatMapIterable",
            "concatMap", "ok", "body", "just", "justOrEmpty", "fromIterable", "fromStream", "collectList",
            "collectSortedList", "toArray", "unmodifiableList", "unmodifiableCollection", "unmodifiableSet",
            "copyOf", "of", "ofNullable", "status", "wrap", "from", "iterator", "spliterator", "toSet",
            "onErrorResume", "switchIfEmpty", "defaultIfEmpty", "doOnNext", "log", "cache", "thenReturn",
            "completedFuture", "supplyAsync", "build", "entity", "header", "headers", "cacheControl", "type",
            "contentType", "eTag", "lastModified", "location", "allow", "varyBy");
    private static final int MAX_DEPTH = 10;

    private ResponseCalls() {
    }

    /**
     * The calls whose whole result {@code method} returns, each once, in the order of the
     * code. A method declared to return many values ({@code List<UserView>}) returns whole
     * what it hands a one-argument mapping call ({@code mapper.toViews(rows)},
     * {@code toDtos(rows)}): such a call maps element by element.
     */
    public static List<MethodCallExpr> of(MethodDeclaration method) {
        Set<MethodCallExpr> calls = new LinkedHashSet<>();
        Set<VariableDeclarator> seen = new HashSet<>();
        boolean many = returnsMany(method.getType(), 0);
        for (ReturnStmt returned : method.findAll(ReturnStmt.class)) {
            if (owner(returned) == method) {
                returned.getExpression().ifPresent(e -> collect(e, method, many, calls, seen, 0));
            }
        }
        return List.copyOf(calls);
    }

    /** Collections, streams, arrays and reactive streams, directly or in a response entity or a future. */
    private static boolean returnsMany(com.github.javaparser.ast.type.Type type, int depth) {
        if (type.isArrayType()) {
            return true;
        }
        if (!type.isClassOrInterfaceType() || depth > 3) {
            return false;
        }
        var written = type.asClassOrInterfaceType();
        String name = written.getNameAsString();
        if (MANY.contains(name)) {
            return true;
        }
        return WRAPPERS.contains(name) && written.getTypeArguments()
                .filter(arguments -> arguments.size() == 1 && returnsMany(arguments.get(0), depth + 1)).isPresent();
    }

    private static final Set<String> MANY = Set.of("List", "Set", "Collection", "Iterable", "Stream", "Flux",
            "Page", "Slice", "SortedSet");
    private static final Set<String> WRAPPERS = Set.of("ResponseEntity", "HttpEntity", "Mono", "CompletableFuture",
            "CompletionStage", "Optional");
    /** A mapping call's name: {@code toDtos}, {@code toViewList}, {@code mapAll}, {@code convert}. */
    private static final java.util.regex.Pattern MAPPING = java.util.regex.Pattern.compile(
            "(to|map|convert)([A-Z]\\w*)?");

    private static void collect(Expression expression, MethodDeclaration method, boolean many,
            Set<MethodCallExpr> calls, Set<VariableDeclarator> seen, int depth) {
        if (depth > MAX_DEPTH) {
            return;
        }
        Expression e = expression;
        while (e instanceof EnclosedExpr || e instanceof CastExpr) {
            e = e instanceof EnclosedExpr enclosed ? enclosed.getInner() : ((CastExpr) e).getExpression();
        }
        if (e instanceof ConditionalExpr conditional) {
            collect(conditional.getThenExpr(), method, many, calls, seen, depth + 1);
            collect(conditional.getElseExpr(), method, many, calls, seen, depth + 1);
        } else if (e instanceof MethodCallExpr call) {
            if (CARRIERS.contains(call.getNameAsString())) {
                call.getScope().ifPresent(scope -> collect(scope, method, many, calls, seen, depth + 1));
                for (Expression argument : call.getArguments()) {
                    if (!(argument instanceof LambdaExpr)) {
                        collect(argument, method, many, calls, seen, depth + 1);
                    }
                }
            } else {
                calls.add(call);
                if (many && call.getArguments().size() == 1 && MAPPING.matcher(call.getNameAsString()).matches()) {
                    collect(call.getArgument(0), method, many, calls, seen, depth + 1);
                }
            }
        } else if (e instanceof SwitchExpr choice) {
            for (SwitchEntry entry : choice.getEntries()) {
                for (Statement statement : entry.getStatements()) {
                    if (statement instanceof ExpressionStmt arm && entry.getType() == SwitchEntry.Type.EXPRESSION) {
                        collect(arm.getExpression(), method, many, calls, seen, depth + 1);
                    }
                    statement.findAll(YieldStmt.class).forEach(y -> collect(y.getExpression(), method, many, calls,
                            seen, depth + 1));
                }
            }
        } else if (e instanceof ObjectCreationExpr creation && creation.getAnonymousClassBody().isEmpty()) {
            creation.getArguments().forEach(argument -> collect(argument, method, many, calls, seen, depth + 1));
        } else if (e instanceof NameExpr name) {
            local(name).filter(seen::add).ifPresent(local -> {
                local.getInitializer().ifPresent(init -> collect(init, method, many, calls, seen, depth + 1));
                filled(local, method, many, calls, seen, depth);
            });
        }
    }

    /** What is assigned to the local or copied into it: {@code x = …}, {@code x.add(..)} in a loop, {@code x.addAll(..)}. */
    private static void filled(VariableDeclarator local, MethodDeclaration method, boolean many,
            Set<MethodCallExpr> calls, Set<VariableDeclarator> seen, int depth) {
        String name = local.getNameAsString();
        for (AssignExpr assign : method.findAll(AssignExpr.class)) {
            if (assign.getTarget() instanceof NameExpr target && target.getNameAsString().equals(name)
                    && local(target).filter(local::equals).isPresent()) {
                collect(assign.getValue(), method, many, calls, seen, depth + 1);
            }
        }
        for (MethodCallExpr call : method.findAll(MethodCallExpr.class)) {
            if (!isAddTo(call, local)) {
                continue;
            }
            if (call.getNameAsString().equals("addAll") && call.getArguments().size() == 1) {
                collect(call.getArgument(0), method, many, calls, seen, depth + 1);
            }
            // for (T t : source) { x.add(..) } and source.forEach(t -> x.add(..))
            Optional<Node> around = call.getParentNode();
            while (around.isPresent() && around.get() != method) {
                Node node = around.get();
                if (node instanceof ForEachStmt loop) {
                    collect(loop.getIterable(), method, many, calls, seen, depth + 1);
                    break;
                }
                if (node instanceof LambdaExpr lambda && lambda.getParentNode().orElse(null) instanceof MethodCallExpr
                        forEach && forEach.getNameAsString().equals("forEach") && forEach.getScope().isPresent()) {
                    collect(forEach.getScope().get(), method, many, calls, seen, depth + 1);
                    break;
                }
                around = node.getParentNode();
            }
        }
    }

    private static boolean isAddTo(MethodCallExpr call, VariableDeclarator local) {
        String name = call.getNameAsString();
        if (!(name.equals("add") || name.equals("addAll") || name.equals("put"))) {
            return false;
        }
        return call.getScope().filter(NameExpr.class::isInstance).map(NameExpr.class::cast)
                .filter(scope -> scope.getNameAsString().equals(local.getNameAsString()))
                .flatMap(ResponseCalls::local).filter(local::equals).isPresent();
    }

    private static Optional<VariableDeclarator> local(NameExpr name) {
        return Scopes.of(name).filter(d -> d.kind() == Scopes.Kind.LOCAL).flatMap(Scopes.Declaration::declarator);
    }

    /** The method, constructor, lambda or class whose own code holds the node. */
    private static Node owner(Node node) {
        Optional<Node> parent = node.getParentNode();
        while (parent.isPresent()) {
            Node p = parent.get();
            if (p instanceof CallableDeclaration<?> || p instanceof LambdaExpr
                    || p instanceof com.github.javaparser.ast.body.TypeDeclaration<?>
                    || p instanceof ObjectCreationExpr creation && creation.getAnonymousClassBody().isPresent()) {
                return p;
            }
            parent = p.getParentNode();
        }
        return null;
    }
}
