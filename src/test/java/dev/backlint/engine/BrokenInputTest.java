package dev.backlint.engine;

import static dev.backlint.engine.AnalyzerTest.summary;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.backlint.api.Finding;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Input the parser accepts and the compiler would not is analysed without a rule failing on it. */
class BrokenInputTest {

    @TempDir
    Path dir;

    @Test
    void aTextBlockWithABrokenUnicodeEscapeHasNoValueButIsStillFixedByTheCode() {
        TempProject project = new TempProject(dir);
        project.write("src/main/java/app/LedgerDao.java", """
                package app;
                import org.springframework.jdbc.core.JdbcTemplate;
                class LedgerDao {
                    private static final String ENTRIES = \"""
                            SELECT * FROM ledger_ent\\uries l WHERE l.account_id = ?
                            \""";
                    private final JdbcTemplate jdbcTemplate;
                    LedgerDao(JdbcTemplate jdbcTemplate) { this.jdbcTemplate = jdbcTemplate; }
                    int count(long accountId) {
                        probe(ENTRIES);
                        fixed(ENTRIES);
                        return jdbcTemplate.queryForList(ENTRIES + " ORDER BY l.booked_at", accountId).size();
                    }
                    void probe(Object value) {}
                    void fixed(Object value) {}
                }
                """);
        List<dev.backlint.api.Rule> rules = new java.util.ArrayList<>(RuleRegistry.standard().all());
        rules.add(new TestRules.ConstantProbe());
        rules.add(new TestRules.ConstnessProbe());

        ScanResult result = new Analyzer(RuleRegistry.of(rules)).analyze(project.request().build());

        assertEquals(List.of(), result.notifications(), "no rule may fail on the literal");
        assertEquals(List.of("unknown", "constant"), result.findings().stream().map(Finding::message).toList(),
                "the value is unknown, the text is still a constant; findings: " + summary(result.findings()));
    }
}
