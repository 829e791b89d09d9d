package dev.backlint.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.backlint.api.Rule;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code @RuleInfo(supersedes = ...)}: checked when rules are registered, applied per line in a scan. */
class SupersedesTest {

    private static final String CALLS = """
            class Calls {
                void run() {
                    query("SELECT 1"); log();
                    log();
                }
                void query(String sql) { }
                void log() { }
            }
            """;

    @TempDir
    Path dir;

    @Test
    void theBuiltInRulesSupersedeOnlyRulesThatExist() {
        RuleRegistry standard = RuleRegistry.standard();
        for (Rule rule : standard.all()) {
            for (String weaker : rule.info().supersedes()) {
                assertTrue(standard.find(weaker).isPresent(), rule.info().id() + " supersedes " + weaker);
            }
        }
    }

    @Test
    void aRuleSupersedingAnUnknownIdIsRefusedWithBothIds() {
        ConfigurationException e = assertThrows(ConfigurationException.class, () -> RuleRegistry.of(
                List.of(new TestRules.AnyCall(), new TestRules.MisspeltSupersedes())));

        assertTrue(e.getMessage().contains("'misspelt-supersedes'") && e.getMessage().contains("'any-cal'"),
                e.getMessage());
    }

    @Test
    void aRuleSupersedingItselfIsRefused() {
        ConfigurationException e = assertThrows(ConfigurationException.class,
                () -> RuleRegistry.of(List.of(new TestRules.SelfSuperseding())));

        assertTrue(e.getMessage().contains("'self-superseding'") && e.getMessage().contains("itself"), e.getMessage());
    }

    @Test
    void aSubsetLeavingOutASupersededRuleIsRefused() {
        ConfigurationException e = assertThrows(ConfigurationException.class,
                () -> RuleRegistry.of(List.of(new TestRules.QueryCall())));

        assertTrue(e.getMessage().contains("'query-call'") && e.getMessage().contains("'any-call'"), e.getMessage());
    }

    @Test
    void aFindingReplacesTheSupersededRulesFindingsOnItsLineOnly() {
        new TempProject(dir).write("Calls.java", CALLS);

        ScanResult result = analyzer().analyze(new TempProject(dir).request().build());

        assertEquals(List.of("Calls.java:3 query-call", "Calls.java:4 any-call"), AnalyzerTest.summary(result.findings()));
    }

    @Test
    void theSupersededRuleReportsEverywhereWhenTheStrongerOneIsNotSelected() {
        new TempProject(dir).write("Calls.java", CALLS);

        ScanResult result = analyzer().analyze(new TempProject(dir).request().enable(Set.of("any-call")).build());

        assertEquals(List.of("Calls.java:3 any-call", "Calls.java:3 any-call", "Calls.java:4 any-call"),
                AnalyzerTest.summary(result.findings()));
    }

    private static Analyzer analyzer() {
        return new Analyzer(RuleRegistry.of(List.of(new TestRules.AnyCall(), new TestRules.QueryCall())));
    }
}
