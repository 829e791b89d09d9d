package dev.backlint.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.backlint.api.Finding;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which shapes of code have a value fixed by the code alone. */
class ConstnessTest {

    @TempDir
    Path dir;

    @Test
    void tellsFixedValuesFromValuesThatVary() {
        TempProject project = new TempProject(dir);
        project.write("src/main/java/app/Shapes.java", """
                package app;
                import java.util.Collections;
                import java.util.List;
                class Shapes {
                    static final List<String> COLUMNS = List.of("id", "name");
                    enum Sort { NAME, DATE }
                    private final String table = "orders";
                    private String mutable = "x";
                    void run(String param, boolean flag, Sort sort, List<Long> ids, int n) {
                        String branch;
                        if (flag) { branch = "a"; } else { branch = "b"; }
                        String grown = "a";
                        for (int i = 0; i < 3; i++) { grown += ","; }
                        String tainted = "a";
                        if (flag) { tainted = param; }
                        StringBuilder fixedBuilder = new StringBuilder("SELECT ");
                        fixedBuilder.append("id").append(" FROM t");
                        StringBuilder openBuilder = new StringBuilder();
                        openBuilder.append("x").append(param);
                        String chosen = switch (sort) { case NAME -> "name"; case DATE -> "created_at"; };
                        fixed(flag ? "a" : "b");
                        fixed(branch);
                        fixed(grown);
                        fixed(tainted);
                        fixed(String.format("SELECT %s FROM t", "id"));
                        fixed(String.format("SELECT %s FROM t", param));
                        fixed("SELECT %s".formatted("id"));
                        fixed(String.join(", ", COLUMNS));
                        fixed(String.join(",", Collections.nCopies(ids.size(), "?")));
                        fixed(fixedBuilder.toString());
                        fixed(openBuilder.toString());
                        fixed(Sort.NAME.name());
                        fixed(sort.name());
                        fixed(chosen);
                        fixed(table);
                        fixed(mutable);
                        fixed(param);
                        fixed("LIMIT " + n);
                    }
                    void fixed(Object value) {}
                }
                """);

        List<String> verdicts = new Analyzer(RuleRegistry.of(List.of(new TestRules.ConstnessProbe())))
                .analyze(project.request().build())
                .findings().stream()
                .map(Finding::message)
                .toList();

        assertEquals(List.of("constant", "constant", "constant", "varies", "constant", "varies", "constant",
                "constant", "constant", "constant", "varies", "constant", "varies", "constant", "constant", "varies",
                "varies", "varies"), verdicts);
    }

    @Test
    void aLocalIsJudgedWhereItIsUsedByTheDefinitionsThatReachIt() {
        TempProject project = new TempProject(dir);
        project.write("src/main/java/app/Paths.java", """
                package app;
                class Paths {
                    void run(String param, boolean flag, java.util.List<String> names) {
                        String replaced = "SELECT id FROM t WHERE a = '" + param + "'";
                        fixed(replaced);
                        replaced = "SELECT id FROM t";
                        fixed(replaced);
                        String both = param;
                        if (flag) { both = "a"; } else { both = "b"; }
                        fixed(both);
                        String one = param;
                        if (flag) { one = "a"; }
                        fixed(one);
                        String early = param;
                        if (param == null) { return; }
                        fixed(early);
                        String looped = "SELECT id FROM t";
                        for (String name : names) { fixed(looped); looped = name; }
                        String grown = param;
                        grown = "x";
                        while (flag) { grown += "y"; }
                        fixed(grown);
                    }
                    void fixed(Object value) {}
                }
                """);

        List<String> verdicts = new Analyzer(RuleRegistry.of(List.of(new TestRules.ConstnessProbe())))
                .analyze(project.request().build())
                .findings().stream()
                .map(Finding::message)
                .toList();

        assertEquals(List.of("varies", "constant", "constant", "varies", "varies", "varies", "constant"), verdicts);
    }

    @Test
    void aLongConcatenationIsOneLevelAndNestingPastTheBoundIsUnknownNotVaries() {
        StringBuilder longText = new StringBuilder("\"SELECT id\"");
        for (int i = 0; i < 300; i++) {
            longText.append(" + COLUMN");
        }
        StringBuilder chain = new StringBuilder("String s0 = \"id\";\n");
        for (int i = 1; i <= 100; i++) {
            chain.append("String s").append(i).append(" = s").append(i - 1).append(" + \",\";\n");
        }
        TempProject project = new TempProject(dir);
        project.write("src/main/java/app/Deep.java", """
                package app;
                class Deep {
                    static final String COLUMN = ", name";
                    void run(String param) {
                        %s
                        fixed(%s);
                        fixed(%s + param);
                        fixed(s100);
                    }
                    void fixed(Object value) {}
                }
                """.formatted(chain, longText, longText));

        List<String> verdicts = new Analyzer(RuleRegistry.of(List.of(new TestRules.ConstnessProbe())))
                .analyze(project.request().build())
                .findings().stream()
                .map(Finding::message)
                .toList();

        assertEquals(List.of("constant", "varies", "unknown"), verdicts);
    }
}
