package dev.backlint.engine;

import com.github.javaparser.ast.Node;
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
     */
    record Handler(Rule rule, int ruleIndex, RuleInfo info, Class<? extends Node> type, Checks.NodeCheck<Node> check) {
    }

    private final List<Handler> handlers = new ArrayList<>();
    private final Map<Class<?>, List<Handler>> byClass = new ConcurrentHashMap<>();
    /** The analyses each rule declared, by rule id. */
    private final Map<String, Set<Class<?>>> uses = new HashMap<>();

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
                    handlers.add(new Handler(rule, index, info, type, (NodeCheck<Node>) check));
                }

                @Override
                public void uses(Class<?> analysis) {
                    used.add(analysis);
                }
            });
            uses.put(info.id(), Set.copyOf(used));
        }
    }

    /** The analyses the rule {@code ruleId} declared it uses. */
    Set<Class<?>> uses(String ruleId) {
        return uses.getOrDefault(ruleId, Set.of());
    }

    /** Every analysis some rule uses. */
    Set<Class<?>> allUses() {
        Set<Class<?>> all = new HashSet<>();
        uses.values().forEach(all::addAll);
        return all;
    }

    /** The handlers for nodes of exactly this class, in rule order. */
    List<Handler> handlersFor(Class<?> nodeClass) {
        return byClass.computeIfAbsent(nodeClass, c -> handlers.stream()
                .filter(h -> h.type().isAssignableFrom(c))
                .toList());
    }

    boolean isEmpty() {
        return handlers.isEmpty();
    }
}
