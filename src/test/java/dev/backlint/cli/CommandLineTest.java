package dev.backlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class CommandLineTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeEach
    void writeProject() throws IOException {
        Files.createDirectories(dir.resolve("src/main/java/app"));
        Files.writeString(dir.resolve("src/main/java/app/Dao.java"), """
                package app;
                class Dao {
                    String all() {
                        return "SELECT * FROM users";
                    }
                }
                """);
    }

    private int run(String... args) {
        CommandLine commandLine = BacklintCommand.newCommandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(args);
    }

    private String root() {
        return dir.toString();
    }

    @Test
    void textReportShowsLocationRuleSourceLineCaretAndSummary() {
        int code = run("scan", root(), "--source-root", root());

        assertEquals(0, code, "a warning does not reach the default --fail-on error\n" + err);
        String text = out.toString();
        assertTrue(text.contains("src/main/java/app/Dao.java:4:16: warning [select-star] `SELECT *` reads every column"
                + " of `users`"), text);
        assertTrue(text.contains("        return \"SELECT * FROM users\";\n"), text);
        assertTrue(text.contains("               ^~~~~~~~~~~~~~~~~~~~"), text);
        assertTrue(text.contains("1 file scanned"), text);
    }

    @Test
    void failOnDecidesTheExitCode() {
        assertEquals(1, run("scan", root(), "--fail-on", "warning"));
        assertEquals(1, run("scan", root(), "--fail-on", "note"));
        assertEquals(0, run("scan", root(), "--fail-on", "error"));
        assertEquals(0, run("scan", root(), "--fail-on", "none", "--level", "select-star=error"));
        assertEquals(1, run("scan", root(), "--level", "select-star=error"));
    }

    @Test
    void writesSarifToTheOutputFileExactlyAsDocumented() throws IOException {
        Path sarif = dir.resolve("out/report.sarif");

        int code = run("scan", root() + "/src", "--format", "sarif", "--output", sarif.toString(),
                "--source-root", root());

        assertEquals(0, code, err.toString());
        JsonNode log = new ObjectMapper().readTree(Files.readString(sarif, StandardCharsets.UTF_8));
        assertEquals("2.1.0", log.path("version").asText());
        JsonNode result = log.path("runs").path(0).path("results").path(0);
        assertEquals("select-star", result.path("ruleId").asText());
        assertEquals("src/main/java/app/Dao.java",
                result.path("locations").path(0).path("physicalLocation").path("artifactLocation").path("uri").asText());
        assertTrue(out.toString().contains("1 file scanned"), "summary on standard output: " + out);
    }

    @Test
    void sarifOnStandardOutputStaysValidJson() throws IOException {
        int code = run("scan", root(), "--format", "sarif", "--source-root", root());

        assertEquals(0, code, err.toString());
        JsonNode log = new ObjectMapper().readTree(out.toString());
        assertEquals(1, log.path("runs").path(0).path("results").size());
        assertTrue(err.toString().contains("1 file scanned"), "summary goes to standard error: " + err);
    }

    @Test
    void aMissingPathExitsTwoWithOneClearLine() {
        int code = run("scan", dir.resolve("missing").toString());

        assertEquals(2, code);
        assertEquals("backlint: path not found: " + dir.resolve("missing") + "\n", err.toString());
    }

    @Test
    void anUnknownRuleExitsTwo() {
        assertEquals(2, run("scan", root(), "--enable", "select-star,nope"));
        assertEquals("backlint: unknown rule id nope (see 'backlint rules' for the list)\n", err.toString());
    }

    @Test
    void aBadOptionExitsTwoWithoutStackTrace() {
        assertEquals(2, run("scan", root(), "--fail-on", "sometimes"));
        assertTrue(err.toString().startsWith("backlint: "), err.toString());
        assertFalse(err.toString().contains("\tat "), err.toString());
    }

    @Test
    void parseErrorsFailTheScanUnlessAllowed() throws IOException {
        Files.writeString(dir.resolve("src/main/java/app/Broken.java"), "class Broken {");

        assertEquals(1, run("scan", root(), "--source-root", root()));
        assertTrue(out.toString().contains("src/main/java/app/Broken.java:1: error: could not parse"), out.toString());
        assertEquals(0, run("scan", root(), "--allow-parse-errors"));
    }

    @Test
    void aCachedRescanPrintsTheSameReport() throws IOException {
        Path cache = dir.resolve("cache/results");

        assertEquals(0, run("scan", root(), "--source-root", root(), "--cache", cache.toString()));
        String cold = out.toString().replaceAll(" in \\d+\\.\\d s", "");
        out.getBuffer().setLength(0);
        assertEquals(0, run("scan", root(), "--source-root", root(), "--cache", cache.toString(), "-v"));
        String warm = out.toString().replaceAll(" in \\d+\\.\\d s", "");

        assertTrue(Files.isRegularFile(cache), "the cache file is written where asked");
        assertEquals(cold, warm);
        assertTrue(err.toString().contains("1 results from the cache"), err.toString());
    }

    @Test
    void aBaselineLeavesOutKnownFindingsAndReportsNewOnes() throws IOException {
        Path baseline = dir.resolve("baseline.sarif");
        assertEquals(0, run("scan", root(), "--source-root", root(), "--format", "sarif", "--output",
                baseline.toString()));
        // lines added above the known finding do not make it new
        Files.writeString(dir.resolve("src/main/java/app/Dao.java"), """
                package app;
                // a comment added above
                class Dao {
                    String all() {
                        return "SELECT * FROM users";
                    }
                    String more() {
                        return "SELECT * FROM orders";
                    }
                }
                """);
        out.getBuffer().setLength(0);

        int code = run("scan", root(), "--source-root", root(), "--baseline", baseline.toString(), "--fail-on",
                "warning");

        assertEquals(1, code, err.toString());
        assertTrue(out.toString().contains("Dao.java:8:"), out.toString());
        assertFalse(out.toString().contains("Dao.java:5:"), "the known finding is in the baseline: " + out);
        assertTrue(out.toString().contains("1 warning"), out.toString());
    }

    @Test
    void aBaselineThatIsNotSarifIsAUsageError() throws IOException {
        Path notSarif = dir.resolve("notes.txt");
        Files.writeString(notSarif, "not json");

        assertEquals(2, run("scan", root(), "--baseline", notSarif.toString()));
        assertTrue(err.toString().startsWith("backlint: cannot read the baseline"), err.toString());
    }

    @Test
    void theCacheIsOffUnlessAskedFor() {
        assertEquals(0, run("scan", root(), "--source-root", root()));
        assertFalse(Files.exists(dir.resolve(".backlint")), "no file is written unasked");
        assertEquals(0, run("scan", root(), "--source-root", root(), "--cache"));
        assertTrue(Files.isRegularFile(dir.resolve(".backlint/cache")), "--cache alone uses .backlint/cache");
    }

    @Test
    void rulesListsEveryRuleAndExplainPrintsItsDoc() {
        assertEquals(0, run("rules"));
        assertTrue(out.toString().lines().anyMatch(l -> l.startsWith("select-star") && l.contains("warning")),
                out.toString());

        assertEquals(0, run("explain", "select-star"));
        assertTrue(out.toString().contains("# select-star\n"), out.toString());

        assertEquals(2, run("explain", "nope"));
    }

    @Test
    void versionPrintsTheToolVersionAndTheCommitItWasBuiltFrom() {
        String expected = "backlint " + dev.backlint.engine.Backlint.version() + " (commit "
                + dev.backlint.engine.Backlint.commit().orElse("unknown") + ")\n";
        assertEquals(0, run("--version"));
        assertEquals(expected, out.toString());
        assertTrue(dev.backlint.engine.Backlint.commit().orElseThrow().matches("[0-9a-f]{12}(-dirty)?"),
                "the tests run from a git work tree: " + dev.backlint.engine.Backlint.commit());

        out.getBuffer().setLength(0);
        assertEquals(0, runAsMain("scan", "--version"));
        assertEquals(expected, out.toString());
    }

    /** Runs the command line as {@code main} builds it: for its arguments. */
    private int runAsMain(String... args) {
        CommandLine commandLine = BacklintCommand.newCommandLine(args);
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(args);
    }

    @Test
    void aCommandLineBuiltForOneSubcommandHasOnlyThatOneAndHelpStillListsThemAll() {
        assertEquals(List.of("rules"), List.copyOf(BacklintCommand.newCommandLine("rules").getSubcommands().keySet()));
        assertEquals(List.of("scan", "rules", "explain", "config", "init", "merge", "fix", "lsp", "help"),
                List.copyOf(BacklintCommand.newCommandLine("help", "scan").getSubcommands().keySet()));

        assertEquals(0, runAsMain("scan", root(), "--source-root", root()));
        assertTrue(out.toString().contains("[select-star]"), out.toString());
        assertEquals(0, runAsMain("help", "scan"));
        assertTrue(out.toString().contains("Usage: backlint scan"), out.toString());
        assertEquals(0, runAsMain("--help"));
        assertTrue(out.toString().contains("  explain  "), out.toString());
        assertEquals(2, runAsMain("sacn"));
        assertTrue(err.toString().contains("'sacn'"), err.toString());
    }
}
