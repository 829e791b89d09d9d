package dev.backlint.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.backlint.api.Rule;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** An opt-in rule runs only when it is named. */
class OptInTest {

    private static List<String> ids(List<Rule> rules) {
        return rules.stream().map(rule -> rule.info().id()).toList();
    }

    @Test
    void anOptInRuleIsLeftOutOfTheDefaultSetAndRunsWhenNamed() {
        RuleRegistry standard = RuleRegistry.standard();
        List<String> optIn = standard.all().stream().filter(rule -> rule.info().optIn()).map(rule -> rule.info().id())
                .toList();
        assertEquals(List.of("ignored-future", "null-dereference"), optIn.stream().sorted().toList());

        List<String> defaults = ids(standard.select(Set.of(), Set.of()));
        assertEquals(false, defaults.contains("null-dereference"), defaults.toString());
        assertEquals(false, defaults.contains("ignored-future"), defaults.toString());
        assertEquals(standard.all().size() - 2, defaults.size());
        assertEquals(List.of("null-dereference"), ids(standard.select(Set.of("null-dereference"), Set.of())));
        assertEquals(List.of("ignored-future"), ids(standard.select(Set.of("ignored-future"), Set.of())));
    }
}
