package dev.backlint.engine;

import dev.backlint.api.Rule;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The rules a scan can run, by id: those registered with {@link ServiceLoader}, or given.
 * Every registry is checked when it is built: ids are unique, and each id a rule
 * {@linkplain dev.backlint.api.RuleInfo#supersedes() supersedes} names another rule of the
 * same registry.
 */
public final class RuleRegistry {

    private final Map<String, Rule> rules;

    private RuleRegistry(Collection<Rule> all) {
        Map<String, Rule> byId = new TreeMap<>();
        for (Rule rule : all) {
            String id = rule.info().id();
            Rule previous = byId.putIfAbsent(id, rule);
            if (previous != null && previous.getClass() != rule.getClass()) {
                throw new ConfigurationException("two rules share the id '" + id + "': "
                        + previous.getClass().getName() + " and " + rule.getClass().getName());
            }
        }
        this.rules = byId;
        checkSupersedes();
    }

    /**
     * Every id a rule supersedes must be another rule of this registry. A registry cannot
     * tell a rule deliberately left out from a misspelt id, so a subset that leaves out a
     * rule one of its members supersedes is refused as well; to run some of the rules,
     * build the whole registry and {@link #select} them (where the superseded rule is not
     * selected, there is nothing to replace).
     */
    private void checkSupersedes() {
        for (Rule rule : rules.values()) {
            String id = rule.info().id();
            for (String weaker : rule.info().supersedes()) {
                if (weaker.equals(id)) {
                    throw new ConfigurationException("rule '" + id + "' (" + rule.getClass().getName()
                            + ") supersedes itself");
                }
                if (!rules.containsKey(weaker)) {
                    throw new ConfigurationException("rule '" + id + "' (" + rule.getClass().getName()
                            + ") supersedes '" + weaker + "', which is not a rule of the registry");
                }
            }
        }
    }

    /** The rules registered as services of {@code loader}'s classpath. */
    public static RuleRegistry load(ClassLoader loader) {
        List<Rule> found = new ArrayList<>();
        ServiceLoader.load(Rule.class, loader).forEach(found::add);
        return new RuleRegistry(found);
    }

    /** The built-in rules and any on the classpath of backlint itself. */
    public static RuleRegistry standard() {
        return load(RuleRegistry.class.getClassLoader());
    }

    /**
     * A registry of exactly {@code rules}.
     *
     * @throws ConfigurationException when two rules share an id, or a rule supersedes itself
     *         or an id that is not among {@code rules}, even one of a rule merely left out
     */
    public static RuleRegistry of(Collection<Rule> rules) {
        return new RuleRegistry(rules);
    }

    /** Every rule, sorted by id. */
    public List<Rule> all() {
        return List.copyOf(rules.values());
    }

    public Set<String> ids() {
        return new TreeSet<>(rules.keySet());
    }

    public java.util.Optional<Rule> find(String id) {
        return java.util.Optional.ofNullable(rules.get(id));
    }

    /**
     * The rules to run, sorted by id: {@code enable} (when empty, every rule that is not
     * opt-in) less {@code disable}.
     *
     * @throws ConfigurationException naming any id that is not a rule
     */
    public List<Rule> select(Set<String> enable, Set<String> disable) {
        Set<String> unknown = new TreeSet<>();
        for (String id : enable) {
            if (!rules.containsKey(id)) unknown.add(id);
        }
        for (String id : disable) {
            if (!rules.containsKey(id)) unknown.add(id);
        }
        if (!unknown.isEmpty()) {
            throw new ConfigurationException("unknown rule id" + (unknown.size() > 1 ? "s " : " ")
                    + String.join(", ", unknown) + " (see 'backlint rules' for the list)");
        }
        List<Rule> selected = new ArrayList<>();
        for (Map.Entry<String, Rule> entry : rules.entrySet()) {
            boolean on = enable.isEmpty() ? !entry.getValue().info().optIn() : enable.contains(entry.getKey());
            if (on && !disable.contains(entry.getKey())) {
                selected.add(entry.getValue());
            }
        }
        return selected;
    }
}
