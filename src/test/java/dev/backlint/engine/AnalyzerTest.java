package dev.backlint.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.backlint.api.Finding;
import dev.backlint.api.Level;
import dev.backlint.api.Rule;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnalyzerTest {

    private static final String SELECT_STAR_DAO = """
            class Dao {
                String all() { return "SELECT * FROM users"; }
            }
            """;

    @TempDir
    Path dir;

    private TempProject project() {
        return new TempProject(dir);
    }

    @Test
    void aFileThatDoesNotParseIsReportedAndTheOthersAreStillAnalysed() {
        TempProject project = project();
        project.write("a/Broken.java", "class Broken {\n  void m( {\n}\n");
        project.write("a/Dao.java", SELECT_STAR_DAO);

        ScanResult result = new Analyzer().analyze(project.request().build());

        assertEquals(List.of("a/Dao.java:2 select-star"), summary(result.findings()));
        assertEquals(1, result.filesFailed());
        assertEquals(1, result.filesScanned());
        Notification notification = result.notifications().get(0);
        assertEquals(Notification.Kind.PARSE_ERROR, notification.kind());
        assertEquals("a/Broken.java", notification.uri());
        assertEquals(2, notification.line(), "the line of the first parse problem");
        assertTrue(notification.message().startsWith("could not parse: "), notification.message());
    }

    @Test
    void oldSourcesThatNameAVariableUnderscoreAreParsedAtAnOlderLevel() {
        TempProject project = project();
        project.write("a/Legacy.java", """
                class Legacy {
                    String query(Object _) { return "SELECT * FROM audit"; }
                }
                """);

        ScanResult result = new Analyzer().analyze(project.request().build());

        assertEquals(0, result.filesFailed());
        assertEquals(List.of("a/Legacy.java:2 select-star"), summary(result.findings()));
    }

    @Test
    void aFileThatIsNotUtf8IsReadAsLatin1WithANote() {
        TempProject project = project();
        byte[] latin1 = ("// caf\u00e9\n" + SELECT_STAR_DAO).getBytes(StandardCharsets.ISO_8859_1);
        project.write("a/Dao.java", latin1);

        ScanResult result = new Analyzer().analyze(project.request().build());

        assertEquals(List.of("a/Dao.java:3 select-star"), summary(result.findings()));
        assertEquals(List.of(Notification.Kind.ENCODING), result.notifications().stream().map(Notification::kind).toList());
        assertEquals(0, result.filesFailed());
    }

    @Test
    void aByteOrderMarkIsDropped() {
        TempProject project = project();
        byte[] text = SELECT_STAR_DAO.getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[text.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(text, 0, withBom, 3, text.length);
        project.write("a/Dao.java", withBom);

        ScanResult result = new Analyzer().analyze(project.request().build());

        assertEquals(List.of("a/Dao.java:2 select-star"), summary(result.findings()));
        assertEquals(List.of(), result.notifications());
    }

    @Test
    void aFileOverTheSizeLimitIsSkippedWithANotification() {
        TempProject project = project();
        project.write("a/Big.java", "class Big { String s = \"" + "x".repeat(2000) + "\"; }");
        project.write("a/Dao.java", SELECT_STAR_DAO);

        ScanResult result = new Analyzer().analyze(project.request().maxFileBytes(1000).build());

        assertEquals(List.of("a/Dao.java:2 select-star"), summary(result.findings()));
        assertEquals(0, result.filesFailed(), "a skipped file is not a failed one");
        Notification notification = result.notifications().get(0);
        assertEquals(Notification.Kind.SKIPPED, notification.kind());
        assertEquals("a/Big.java", notification.uri());
    }

    @Test
    void unknownRuleIdsAreConfigurationErrors() {
        TempProject project = project();
        project.write("a/Dao.java", SELECT_STAR_DAO);

        ConfigurationException enable = assertThrows(ConfigurationException.class,
                () -> new Analyzer().analyze(project.request().enable(Set.of("no-such-rule")).build()));
        ConfigurationException level = assertThrows(ConfigurationException.class,
                () -> new Analyzer().analyze(project.request().level("nope", Level.ERROR).build()));

        assertEquals("unknown rule id no-such-rule (see 'backlint rules' for the list)", enable.getMessage());
        assertTrue(level.getMessage().contains("nope"), level.getMessage());
    }

    @Test
    void suppressionsByAnnotationAndCommentMarkFindingsWithoutDroppingThem() {
        TempProject project = project();
        project.write("a/Dao.java", """
                class Dao {
                    @SuppressWarnings("backlint:select-star")
                    String one() { return "SELECT * FROM a"; }
                    @SuppressWarnings({"unchecked", "backlint"})
                    String two() { return "SELECT * FROM b"; }
                    String three() {
                        // backlint:ignore select-star
                        return "SELECT * FROM c";
                    }
                    String four() { return "SELECT * FROM d"; } // backlint:ignore
                    @SuppressWarnings("backlint:other-rule")
                    String five() { return "SELECT * FROM e"; } // backlint:ignore other-rule
                    // backlint:ignore other-rule, select-star -- reporting query, reviewed
                    String six() { return "SELECT * FROM f"; }
                    // backlint:ignoreSELECT
                    String seven() { return "SELECT * FROM g"; }
                }
                """);

        ScanResult result = new Analyzer().analyze(project.request().build());

        List<String> suppressed = result.findings().stream().filter(Finding::suppressed)
                .map(f -> String.valueOf(f.location().range().startLine())).toList();
        assertEquals(List.of("3", "5", "8", "10", "14"), suppressed);
        assertEquals(List.of("a/Dao.java:12 select-star", "a/Dao.java:16 select-star"), summary(result.reported()));
    }

    @Test
    void testSourcesAreSkippedUnlessAskedFor() {
        TempProject project = project();
        project.write("src/test/java/a/DaoTest.java", SELECT_STAR_DAO);

        ScanResult without = new Analyzer().analyze(project.request().build());
        ScanResult with = new Analyzer().analyze(project.request().includeTests(true).build());

        assertEquals(List.of(), summary(without.findings()));
        assertEquals(0, without.filesScanned());
        assertEquals(List.of("src/test/java/a/DaoTest.java:2 select-star"), summary(with.findings()));
    }

    @Test
    void levelOverridesChangeTheReportedLevel() {
        TempProject project = project();
        project.write("a/Dao.java", SELECT_STAR_DAO);

        ScanResult result = new Analyzer().analyze(project.request().level("select-star", Level.ERROR).build());

        assertEquals(Level.ERROR, result.findings().get(0).level());
        assertTrue(result.hasFindingsAtOrAbove(Level.ERROR));
    }

    @Test
    void aRuleThatThrowsIsStoppedForThatFileOnlyAndNamed() {
        TempProject project = project();
        project.write("a/Boom.java", "class Boom { String s = \"boom\"; String q = \"SELECT * FROM t\"; }");
        project.write("a/Dao.java", SELECT_STAR_DAO);
        List<Rule> rules = List.of(new TestRules.Broken(), RuleRegistry.standard().find("select-star").orElseThrow());

        ScanResult result = new Analyzer(RuleRegistry.of(rules)).analyze(project.request().build());

        assertEquals(List.of("a/Boom.java:1 select-star", "a/Dao.java:2 select-star"), summary(result.findings()));
        assertEquals(1, result.notifications().size(), result.notifications().toString());
        Notification failure = result.notifications().get(0);
        assertEquals(Notification.Kind.RULE_FAILURE, failure.kind());
        assertEquals("broken", failure.ruleId());
        assertEquals("a/Boom.java", failure.uri());
        assertTrue(failure.message().contains("deliberate failure"), failure.message());
        assertTrue(result.hasInternalErrors());
    }

    @Test
    void aRuleThatRunsPastItsTimeBudgetIsStoppedForThatFileAndItsFindingsThereLeftOut() {
        TempProject project = project();
        project.write("a/Slow.java", "class Slow { void slowA() {} void slowB() {} void slowC() {} String q = \"SELECT * FROM t\"; }");
        project.write("a/Quick.java", "class Quick { void slowOnce() {} }");
        project.write("a/Dao.java", SELECT_STAR_DAO);
        List<Rule> rules = List.of(new TestRules.Slow(400), RuleRegistry.standard().find("select-star").orElseThrow());

        ScanResult result = new Analyzer(RuleRegistry.of(rules))
                .analyze(project.request().ruleTimeBudget(java.time.Duration.ofMillis(1000)).build());

        assertEquals(List.of("a/Dao.java:2 select-star", "a/Quick.java:1 slow", "a/Slow.java:1 select-star"),
                summary(result.findings()));
        assertEquals(1, result.notifications().size(), result.notifications().toString());
        Notification stopped = result.notifications().get(0);
        assertEquals(Notification.Kind.RULE_FAILURE, stopped.kind());
        assertEquals("slow", stopped.ruleId());
        assertEquals("a/Slow.java", stopped.uri());
        assertTrue(stopped.message().contains("ran past its time budget of 1 s"), stopped.message());
        assertTrue(result.hasInternalErrors());
    }

    @Test
    void aRuleThatHangsInOneCheckIsInterruptedAndTheScanCompletes() {
        TempProject project = project();
        project.write("a/Hang.java", "class Hang { void before() {} void stuck() {} void after() {} }");
        project.write("a/Other.java", "class Other { void fine() {} }");
        project.write("a/Dao.java", SELECT_STAR_DAO);
        List<Rule> rules = List.of(new TestRules.Stuck(), RuleRegistry.standard().find("select-star").orElseThrow());

        ScanResult result = new Analyzer(RuleRegistry.of(rules))
                .analyze(project.request().threads(1).ruleTimeBudget(java.time.Duration.ofMillis(200)).build());

        assertEquals(List.of("a/Dao.java:2 stuck", "a/Dao.java:2 select-star", "a/Other.java:1 stuck"),
                summary(result.findings()));
        assertEquals(List.of("a/Hang.java stuck RULE_FAILURE"), result.notifications().stream()
                .map(n -> n.uri() + " " + n.ruleId() + " " + n.kind()).toList());
    }

    @Test
    void findingsAreTheSameWhateverTheNumberOfThreads() {
        TempProject project = project();
        for (int i = 0; i < 40; i++) {
            project.write("p" + (i % 7) + "/Dao" + i + ".java", """
                    class Dao%d {
                        String a() { return "SELECT * FROM t%d"; }
                        String b() { return "SELECT " + "*" + " FROM u%d"; }
                    }
                    """.formatted(i, i, i));
        }

        ScanResult one = new Analyzer().analyze(project.request().threads(1).build());
        ScanResult four = new Analyzer().analyze(project.request().threads(4).build());

        assertEquals(80, one.findings().size());
        assertEquals(one.findings(), four.findings());
        assertEquals(one.notifications(), four.notifications());
    }

    @Test
    void deeplyNestedCodeDoesNotStopTheScan() {
        TempProject project = project();
        project.write("a/Deep.java", "class Deep { int x = " + "(".repeat(3000) + "1" + ")".repeat(3000) + "; }");
        project.write("a/Dao.java", SELECT_STAR_DAO);

        ScanResult result = new Analyzer().analyze(project.request().build());

        assertTrue(summary(result.findings()).contains("a/Dao.java:2 select-star"), summary(result.findings()).toString());
        assertFalse(result.hasInternalErrors(), result.notifications().toString());
    }

    @Test
    void taintThroughTwoThousandStatementsAndNestedLoopsIsFollowedToTheEnd() {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < 2000; i++) {
            body.append("        String v").append(i).append(" = sql + \" AND c").append(i).append(" = \" + ")
                    .append(i == 1999 ? "p" : String.valueOf(i)).append(";\n");
            if (i % 100 == 0) {
                body.append("        for (int a = 0; a < 2; a++) { for (int b = 0; b < 2; b++) { sql = sql + \" \"; } }\n");
            }
        }
        project().write("web/Big.java", """
                import org.springframework.jdbc.core.JdbcTemplate;
                import org.springframework.web.bind.annotation.GetMapping;
                import org.springframework.web.bind.annotation.RequestParam;
                import org.springframework.web.bind.annotation.RestController;
                @RestController
                class Big {
                    JdbcTemplate jdbc;
                    @GetMapping("/big")
                    Object run(@RequestParam String p) {
                        String sql = "SELECT id FROM t WHERE a = 1";
                %s        return jdbc.queryForList(v1999);
                    }
                }
                """.formatted(body));

        ScanResult result = new Analyzer().analyze(project().request().enable(Set.of("sql-injection")).build());

        assertEquals(1, result.findings().size(), result.findings().toString());
        assertEquals(3, result.findings().get(0).codeFlow().size(), "source, the step into v1999, the sink");
    }

    static List<String> summary(List<Finding> findings) {
        return findings.stream()
                .map(f -> f.location().path() + ":" + f.location().range().startLine() + " " + f.ruleId())
                .toList();
    }
}
