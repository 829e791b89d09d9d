package dev.backlint.flow.state;

import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;

/**
 * The methods of a servlet or a filter that serve requests: its entry points
 * ({@code service}, {@code doGet}…, {@code doFilter}…) and the methods of the class they
 * call. The rest of a servlet or filter is how it is configured and started.
 */
public final class RequestPaths {

    private static final Set<String> ENTRY_POINTS = Set.of("service", "doGet", "doPost", "doPut", "doDelete",
            "doHead", "doOptions", "doTrace", "doPatch", "doFilter", "doFilterInternal", "doDispatch", "doService",
            "processRequest", "handleRequest");

    /** Hooks named for setting up or tearing down, which a base class calls from {@code init} or {@code destroy}. */
    private static final java.util.List<String> SET_UP = java.util.List.of("init", "destroy", "load", "create",
            "configure", "setUp", "setup", "register", "start", "stop");

    private RequestPaths() {
    }

    /**
     * The names of the methods that serve requests, for a servlet or filter; null for
     * other singletons, whose every method but their set-up may serve a request.
     */
    public static Set<String> of(ClassOrInterfaceDeclaration type, String singleton) {
        boolean servletOrFilter = singleton.startsWith("servlet ") || singleton.startsWith("filter ");
        if (singleton.contains("`@Configuration`")) {
            // a configuration class serves requests only through what it schedules or listens to;
            // the methods it overrides are the framework's configuration callbacks
            Set<String> others = new HashSet<>();
            type.getMethods().stream().filter(m -> m.getAnnotationByName("Override").isEmpty())
                    .forEach(m -> others.add(m.getNameAsString()));
            return others;
        }
        if (!servletOrFilter) {
            return null;
        }
        Set<String> reached = new HashSet<>();
        Deque<String> work = new ArrayDeque<>();
        for (MethodDeclaration method : type.getMethods()) {
            if (ENTRY_POINTS.contains(method.getNameAsString())) {
                work.add(method.getNameAsString());
            }
        }
        while (!work.isEmpty()) {
            String name = work.poll();
            if (!reached.add(name)) {
                continue;
            }
            for (MethodDeclaration method : type.getMethodsByName(name)) {
                method.findAll(MethodCallExpr.class, call -> call.getScope().isEmpty()
                        || call.getScope().get() instanceof ThisExpr)
                        .forEach(call -> work.add(call.getNameAsString()));
            }
        }
        // a hook (protected, not an interface's method) a base class calls from its own entry point
        for (MethodDeclaration method : type.getMethods()) {
            if (method.getAnnotationByName("Override").isPresent() && !method.isPublic()
                    && !reached.contains(method.getNameAsString())
                    && SET_UP.stream().noneMatch(method.getNameAsString()::startsWith)) {
                reached.add(method.getNameAsString());
            }
        }
        return reached;
    }
}
