package dev.backlint.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.MethodCallExpr;
import dev.backlint.api.Checks;
import dev.backlint.api.Level;
import dev.backlint.api.Rule;
import dev.backlint.api.RuleInfo;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DispatcherTest {

    @RuleInfo(id = "every-call", summary = "every call", level = Level.NOTE, tags = {"test"})
    static final class EveryCall implements Rule {
        @Override
        public void register(Checks checks) {
            checks.on(MethodCallExpr.class, (call, context) -> { });
        }
    }

    @RuleInfo(id = "named-calls", summary = "calls by name", level = Level.NOTE, tags = {"test"})
    static final class NamedCalls implements Rule {
        @Override
        public void register(Checks checks) {
            checks.onCalls(Set.of("get", "remove"), (call, context) -> { });
        }
    }

    private static List<String> rulesFor(Dispatcher dispatcher, String source) {
        Node call = Parsing.parse("class A { void m(java.util.Map<String, String> a) { " + source + "; } }")
                .orElseThrow().findFirst(MethodCallExpr.class).orElseThrow();
        return dispatcher.handlersFor(call).stream().map(h -> h.info().id()).toList();
    }

    @Test
    void callsReachTheChecksOfTheirNameAndTheChecksOfEveryCallInRuleOrder() {
        Dispatcher dispatcher = new Dispatcher(List.of(new NamedCalls(), new EveryCall()));

        assertEquals(List.of("named-calls", "every-call"), rulesFor(dispatcher, "a.get(\"k\")"));
        assertEquals(List.of("named-calls", "every-call"), rulesFor(dispatcher, "a.remove(\"k\")"));
        assertEquals(List.of("every-call"), rulesFor(dispatcher, "a.put(\"k\", \"v\")"));
    }

    @Test
    void aRuleThatChecksOnlyNamedCallsMakesTheDispatcherNonEmpty() {
        assertEquals(false, new Dispatcher(List.of(new NamedCalls())).isEmpty());
        assertEquals(List.of(), rulesFor(new Dispatcher(List.of(new NamedCalls())), "a.size()"));
    }
}
