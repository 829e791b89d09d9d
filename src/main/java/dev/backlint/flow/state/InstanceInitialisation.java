package dev.backlint.flow.state;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Modifier;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.ConstructorDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.InitializerDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import dev.backlint.api.Trees;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The code that sets an object up before it serves requests: constructors, instance
 * initialisers and field initialisers, {@code @PostConstruct}, {@code afterPropertiesSet},
 * a servlet's or filter's {@code init}, setters and methods the container calls to inject
 * ({@code @Autowired}, {@code @Inject}, {@code @Value}, the {@code *Aware} callbacks) and
 * setters, which configure an object before it serves, {@code @Bean} factory methods, the
 * life-cycle methods that start and stop it ({@code init…}, {@code destroy},
 * {@code @PreDestroy}), and methods it keeps to itself that only those call.
 */
final class InstanceInitialisation {

    private static final Set<String> INIT_ANNOTATIONS = Set.of("PostConstruct", "Autowired", "Inject", "Value",
            "Bean", "Resource", "BeforeEach", "BeforeAll", "Before", "Setup", "Activate", "Modified", "Deactivate",
            "PreDestroy");

    /** Life-cycle methods without parameters: starting, stopping, tearing down. */
    private static final Set<String> LIFECYCLE = Set.of("destroy", "activate", "deactivate", "dispose", "shutdown",
            "close", "start", "stop", "doStart", "doStop", "doInit", "doShutdown", "doResume", "doSuspend");

    private static final Set<String> INIT_METHODS = Set.of("afterPropertiesSet", "init", "setApplicationContext",
            "setBeanFactory", "setBeanName", "setBeanClassLoader", "setEnvironment", "setServletContext",
            "setServletConfig", "setResourceLoader", "setApplicationEventPublisher", "setEmbeddedValueResolver",
            "setMessageSource", "setImportMetadata", "onStartup", "contextInitialized", "afterSingletonsInstantiated");

    private InstanceInitialisation() {
    }

    static Set<Node> of(CompilationUnit unit) {
        Set<Node> regions = Collections.newSetFromMap(new IdentityHashMap<>());
        // helpers the class keeps to itself (not public), called from set-up code alone;
        // one pass finds the regions, the helpers and the calls that may be of a helper
        List<MethodDeclaration> helpers = new ArrayList<>();
        Map<String, List<MethodCallExpr>> calls = new HashMap<>();
        Trees.walk(unit, node -> {
            if (node instanceof ConstructorDeclaration
                    || node instanceof InitializerDeclaration initializer && !initializer.isStatic()
                    || node instanceof FieldDeclaration field && !field.isStatic()) {
                regions.add(node);
            } else if (node instanceof MethodDeclaration m) {
                if (setsUp(m)) {
                    regions.add(m);
                } else if (!m.hasModifier(Modifier.Keyword.PUBLIC) && m.getBody().isPresent()) {
                    helpers.add(m);
                }
            } else if (node instanceof MethodCallExpr call
                    && (call.getScope().isEmpty() || call.getScope().get() instanceof ThisExpr)) {
                calls.computeIfAbsent(call.getNameAsString(), k -> new ArrayList<>()).add(call);
            }
        });
        if (helpers.isEmpty()) {
            return regions;
        }
        boolean grew = true;
        for (int round = 0; grew && round < 4; round++) {
            grew = false;
            for (MethodDeclaration helper : helpers) {
                List<MethodCallExpr> uses = calls.getOrDefault(helper.getNameAsString(), List.of());
                if (!regions.contains(helper) && !uses.isEmpty() && uses.stream().allMatch(use -> within(use, regions))) {
                    regions.add(helper);
                    grew = true;
                }
            }
        }
        return regions;
    }

    /** Whether a method sets its object up, by its annotations or its name. */
    static boolean setsUp(MethodDeclaration method) {
        if (method.getAnnotations().stream().anyMatch(a -> INIT_ANNOTATIONS.contains(a.getName().getIdentifier()))) {
            return true;
        }
        if (INIT_METHODS.contains(method.getNameAsString())) {
            return true;
        }
        String name = method.getNameAsString();
        if (LIFECYCLE.contains(name) && method.getParameters().isEmpty()
                || name.startsWith("init") && (name.length() == 4 || Character.isUpperCase(name.charAt(4)))) {
            return true; // initSomething(): set-up by its name
        }
        // a setter: how a bean, a servlet or a filter is configured before it serves (by the
        // container, a configuration class, or the code that builds the filter chain)
        return name.length() > 3 && name.startsWith("set") && Character.isUpperCase(name.charAt(3))
                && method.getParameters().size() == 1;
    }

    static boolean within(Node node, Set<Node> regions) {
        for (Node current = node; current != null; current = current.getParentNode().orElse(null)) {
            if (regions.contains(current)) {
                return true;
            }
        }
        return false;
    }
}
