package dev.backlint.engine;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.MethodCallExpr;
import dev.backlint.api.Checks;
import dev.backlint.api.Rule;
import dev.backlint.api.RuleInfo;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Routes each syntax node to the checks registered for its type. Built once per scan
 * and shared by the worker threads; the lookup per node class is memoised.
 */
final class Dispatcher {

    /**
     * One registered check, with its rule's metadata read once.
     *
     * @param ruleIndex the rule's place in the list the dispatcher was made with
     * @param names     for a check of method calls, the names it is run on; null for all
     */
    record Handler(Rule rule, int ruleIndex, RuleInfo info, Class<? extends Node> type, Checks.NodeCheck<Node> check,
                   Set<String> names) {
    }

    private final List<Handler> handlers = new ArrayList<>();
    private final Map<Class<?>, List<Handler>> byClass = new ConcurrentHashMap<>();
    /** The checks of calls by name, and the lists of a call of each such name with the checks of every call. */
    private final Map<String, List<Handler>> byCallName = new HashMap<>();
    private final Map<String, List<Handler>> forCallName = new ConcurrentHashMap<>();
    /** The analyses each rule declared, by the rule's index. */
    private final List<Set<Class<?>>> uses = new ArrayList<>();

    Dispatcher(List<Rule> rules) {
        for (int i = 0; i < rules.size(); i++) {
            Rule rule = rules.get(i);
            int index = i;
            RuleInfo info = rule.info();
            Set<Class<?>> used = new LinkedHashSet<>();
            rule.register(new Checks() {
                @Override
                @SuppressWarnings("unchecked")
                public <N extends Node> void on(Class<N> type, NodeCheck<? super N> check) {
                    handlers.add(new Handler(rule, index, info, type, (NodeCheck<Node>) check, null));
                }

                @Override
                @SuppressWarnings("unchecked")
                public void onCalls(Set<String> names, NodeCheck<? super MethodCallExpr> check) {
                    Handler handler = new Handler(rule, index, info, MethodCallExpr.class, (NodeCheck<Node>) (NodeCheck<?>) check,
                            Set.copyOf(names));
                    for (String name : names) {
                        byCallName.computeIfAbsent(name, n -> new ArrayList<>()).add(handler);
                    }
                }

                @Override
                public void uses(Class<?> analysis) {
                    used.add(analysis);
                }
            });
            uses.add(Set.copyOf(used));
        }
    }

    /** The analyses the rule of that index declared it uses. */
    Set<Class<?>> uses(int ruleIndex) {
        return uses.get(ruleIndex);
    }

    /** Every analysis some rule uses. */
    Set<Class<?>> allUses() {
        Set<Class<?>> all = new HashSet<>();
        uses.forEach(all::addAll);
        return all;
    }

    /** The handlers for this node, in rule order: by its class, and for a call also by its name. */
    List<Handler> handlersFor(Node node) {
        List<Handler> general = handlersFor(node.getClass());
        if (!(node instanceof MethodCallExpr call) || byCallName.isEmpty()) {
            return general;
        }
        String name = call.getNameAsString();
        List<Handler> named = byCallName.get(name);
        if (named == null) {
            return general;
        }
        return forCallName.computeIfAbsent(name, n -> {
            List<Handler> all = new ArrayList<>(general);
            all.addAll(named);
            all.sort(java.util.Comparator.comparingInt(Handler::ruleIndex));
            return List.copyOf(all);
        });
    }

    /** The handlers for nodes of exactly this class, in rule order. */
    List<Handler> handlersFor(Class<?> nodeClass) {
        return byClass.computeIfAbsent(nodeClass, c -> handlers.stream()
                .filter(h -> h.type().isAssignableFrom(c))
                .toList());
    }

    boolean isEmpty() {
        return handlers.isEmpty() && byCallName.isEmpty();
    }
}
