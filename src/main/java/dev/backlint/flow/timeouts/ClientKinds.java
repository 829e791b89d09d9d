package dev.backlint.flow.timeouts;

import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import dev.backlint.api.RuleContext;
import dev.backlint.matchers.CallMatcher;
import dev.backlint.matchers.ConstructorMatcher;
import dev.backlint.models.HttpClients;
import dev.backlint.models.HttpClients.Kind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which {@link Kind} an expression creates: a static factory of the kind's class
 * ({@code HttpClient.newBuilder()}) or its constructor, read through the file's imports
 * (and the solver where the syntax leaves it open). Names are tested first, at no cost.
 */
public final class ClientKinds {

    private record Factory(CallMatcher matcher, Kind kind) {
    }

    private record Constructor(ConstructorMatcher matcher, Kind kind) {
    }

    private static final Map<String, List<Factory>> FACTORIES = factories();
    private static final List<Constructor> CONSTRUCTORS = HttpClients.KINDS.stream().filter(Kind::constructed)
            .map(kind -> new Constructor(ConstructorMatcher.of(kind.type()), kind)).toList();
    /** The simple names of the classes built with {@code new}: a creation of no other name is not asked about. */
    private static final Set<String> CONSTRUCTED_NAMES = HttpClients.KINDS.stream().filter(Kind::constructed)
            .map(kind -> kind.type().substring(kind.type().lastIndexOf('.') + 1))
            .collect(Collectors.toUnmodifiableSet());

    private static Map<String, List<Factory>> factories() {
        Map<String, List<Factory>> factories = new HashMap<>();
        for (Kind kind : HttpClients.KINDS) {
            for (String factory : kind.factories()) {
                factories.computeIfAbsent(factory, name -> new ArrayList<>())
                        .add(new Factory(CallMatcher.staticCall(kind.type(), factory), kind));
            }
        }
        factories.replaceAll((name, list) -> List.copyOf(list));
        return Map.copyOf(factories);
    }

    private ClientKinds() {
    }

    /** Whether a call's name is that of a factory of some kind: the free first test. */
    public static boolean mayCreate(MethodCallExpr call) {
        return FACTORIES.containsKey(call.getNameAsString()) && call.getScope().isPresent();
    }

    /** Whether a {@code new} names a class of some kind: the free first test. */
    public static boolean mayCreate(ObjectCreationExpr creation) {
        return CONSTRUCTED_NAMES.contains(creation.getType().getNameAsString());
    }

    /** The kind {@code expression} creates, if it creates one. */
    public static Optional<Kind> of(Expression expression, RuleContext context) {
        if (expression instanceof MethodCallExpr call && mayCreate(call)) {
            for (Factory factory : FACTORIES.get(call.getNameAsString())) {
                if (factory.matcher().matches(call, context)) {
                    return Optional.of(factory.kind());
                }
            }
        } else if (expression instanceof ObjectCreationExpr creation && mayCreate(creation)) {
            for (Constructor constructor : CONSTRUCTORS) {
                if (constructor.matcher().matches(creation, context)) {
                    return Optional.of(constructor.kind());
                }
            }
        }
        return Optional.empty();
    }
}
