package dev.backlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Baselines end to end: {@code --write-baseline} today, {@code --baseline} tomorrow, with
 * the code edited in between as teams edit it.
 */
class BaselineCommandLineTest {

    @TempDir
    Path dir;

    private final Cli cli = new Cli();
    private GitRepo repo;
    private Path baseline;
    private Path sarif;

    private static final String DAO = """
            package app;
            class OrderDao {
                String all() {
                    return "SELECT * FROM orders";
                }
                String lines() {
                    return "SELECT * FROM order_lines";
                }
            }
            """;

    @BeforeEach
    void writeProjectAndBaseline() throws IOException {
        repo = new GitRepo(dir);
        repo.write("src/main/java/app/OrderDao.java", DAO);
        repo.write("src/main/java/app/UserDao.java", """
                package app;
                class UserDao {
                    String all() {
                        return "SELECT * FROM users";
                    }
                }
                """);
        repo.commit("start");
        baseline = dir.resolve(".backlint/baseline.sarif");
        sarif = dir.resolve("out.sarif");
        assertEquals(0, run("scan", dir.toString(), "--source-root", dir.toString(), "--write-baseline",
                baseline.toString()), cli.err());
        assertTrue(cli.err().contains("wrote a baseline of 3 findings"), cli.err());
    }



    private int run(String... args) {
        return cli.run(args);
    }

    /** Scans against the baseline; the SARIF results as "state path:line rule". */
    private List<String> states(String... more) throws IOException {
        List<String> args = new ArrayList<>(List.of("scan", dir.toString(), "--source-root", dir.toString(),
                "--baseline", baseline.toString(), "--sarif-output", sarif.toString(), "--fail-on", "warning"));
        args.addAll(List.of(more));
        run(args.toArray(String[]::new));
        JsonNode log = new ObjectMapper().readTree(sarif.toFile());
        List<String> states = new ArrayList<>();
        for (JsonNode result : log.path("runs").path(0).path("results")) {
            JsonNode location = result.path("locations").path(0).path("physicalLocation");
            states.add(result.path("baselineState").asText() + " " + location.path("artifactLocation").path("uri")
                    .asText() + ":" + location.path("region").path("startLine").asInt() + " " + result.path("ruleId")
                    .asText());
        }
        return states;
    }

    @Test
    void nothingChangedIsUnchangedAndFailsNothing() throws IOException {
        assertEquals(List.of("unchanged src/main/java/app/OrderDao.java:4 select-star",
                "unchanged src/main/java/app/OrderDao.java:7 select-star",
                "unchanged src/main/java/app/UserDao.java:4 select-star"), states());
        assertEquals(0, run("scan", dir.toString(), "--source-root", dir.toString(), "--baseline",
                baseline.toString(), "--fail-on", "warning"), "only new findings count for --fail-on");
        assertTrue(cli.out().contains("0 warnings, 0 notes, 0 files failed, 0 suppressed, 3 in the baseline"
                + " left out, 0 of the baseline gone"), cli.out());
    }

    @Test
    void linesAddedAboveAFindingLeaveItUnchanged() throws IOException {
        repo.write("src/main/java/app/OrderDao.java", "// a licence header\n// of two lines\n" + DAO);
        assertEquals(List.of("unchanged src/main/java/app/OrderDao.java:6 select-star",
                "unchanged src/main/java/app/OrderDao.java:9 select-star",
                "unchanged src/main/java/app/UserDao.java:4 select-star"), states());
    }

    @Test
    void aMethodMovedWithinTheFileStaysUnchanged() throws IOException {
        repo.write("src/main/java/app/OrderDao.java", """
                package app;
                class OrderDao {
                    String lines() {
                        return "SELECT * FROM order_lines";
                    }

                    int count() {
                        return 0;
                    }

                    String all() {
                        return "SELECT * FROM orders";
                    }
                }
                """);
        assertEquals(List.of("unchanged src/main/java/app/OrderDao.java:4 select-star",
                "unchanged src/main/java/app/OrderDao.java:12 select-star",
                "unchanged src/main/java/app/UserDao.java:4 select-star"), states());
    }

    @Test
    void aFileRenamedByGitStaysUnchanged() throws IOException {
        Files.createDirectories(dir.resolve("src/main/java/app/orders"));
        repo.git("mv", "src/main/java/app/OrderDao.java", "src/main/java/app/orders/Orders.java");
        repo.write("src/main/java/app/orders/Orders.java", DAO.replace("package app;", "package app.orders;")
                .replace("class OrderDao", "class Orders"));
        repo.commit("rename");
        assertEquals(List.of("unchanged src/main/java/app/UserDao.java:4 select-star",
                "unchanged src/main/java/app/orders/Orders.java:4 select-star",
                "unchanged src/main/java/app/orders/Orders.java:7 select-star"), states());
    }

    @Test
    void aCopyOfTheCodeInANewFileIsNew() throws IOException {
        repo.write("src/main/java/app/OrderDaoCopy.java", DAO.replace("class OrderDao", "class OrderDaoCopy"));
        assertEquals(List.of("unchanged src/main/java/app/OrderDao.java:4 select-star",
                "unchanged src/main/java/app/OrderDao.java:7 select-star",
                "new src/main/java/app/OrderDaoCopy.java:4 select-star",
                "new src/main/java/app/OrderDaoCopy.java:7 select-star",
                "unchanged src/main/java/app/UserDao.java:4 select-star"), states());
    }

    @Test
    void newFixedAndUpdatedFindings() throws IOException {
        repo.write("src/main/java/app/OrderDao.java", """
                package app;
                class OrderDao {
                    String all() {
                        return "SELECT id, total FROM orders";
                    }
                    String lines() {
                        return "SELECT * FROM order_lines";
                    }
                    String refunds() {
                        return "SELECT * FROM refunds";
                    }
                }
                """);
        List<String> states = states("--level", "select-star=error");
        assertEquals(List.of("updated src/main/java/app/OrderDao.java:7 select-star",
                "new src/main/java/app/OrderDao.java:10 select-star",
                "updated src/main/java/app/UserDao.java:4 select-star",
                "absent src/main/java/app/OrderDao.java:4 select-star"), states);
        String text = cli.out();
        assertTrue(text.contains("OrderDao.java:10:16: error [select-star]"), text);
        assertTrue(!text.contains("OrderDao.java:7:"), "a finding of the baseline is left out\n" + text);
        assertTrue(text.contains("1 error, 0 warnings, 0 notes, 0 files failed, 0 suppressed, 2 in the baseline"
                + " left out, 1 of the baseline gone"), text);
        assertEquals(1, run("scan", dir.toString(), "--source-root", dir.toString(), "--baseline",
                baseline.toString(), "--level", "select-star=error"), "the new error fails the default --fail-on");
        assertEquals(0, run("scan", dir.toString(), "--source-root", dir.toString(), "--baseline",
                baseline.toString(), "--fail-on", "error"), "the new finding is a warning, below --fail-on");
    }

    @Test
    void aRuleThatDidNotRunLeavesItsFindingsOfTheBaselineAlone() throws IOException {
        assertEquals(List.of(), states("--enable", "sql-injection"));
        JsonNode log = new ObjectMapper().readTree(sarif.toFile());
        assertEquals(0, log.path("runs").path(0).path("results").size());
    }

    @Test
    void theReportsWithABaselineAreValidSarif() throws Exception {
        dev.backlint.SarifCheck.assumeAvailable();
        repo.write("src/main/java/app/UserDao.java", "package app;\nclass UserDao {\n}\n");
        states();
        assertEquals("absent", new ObjectMapper().readTree(sarif.toFile()).path("runs").path(0).path("results")
                .path(2).path("baselineState").asText());
        dev.backlint.SarifCheck.assertValid(sarif);
        dev.backlint.SarifCheck.assertValid(baseline);
    }
}
