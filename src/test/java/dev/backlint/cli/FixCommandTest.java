package dev.backlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.javaparser.JavaParser;
import dev.backlint.api.Finding;
import dev.backlint.engine.Analyzer;
import dev.backlint.engine.Fixes;
import dev.backlint.engine.Parsing;
import dev.backlint.engine.ScanRequest;
import dev.backlint.engine.ScanResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The fixes: each rule's positive fixtures fixed parse and are no longer reported; the
 * command changes files in place (or prints a diff), and SARIF carries the fixes.
 */
class FixCommandTest {

    private static final Path FIXTURES = Path.of(System.getProperty("backlint.fixtures", "../test-fixtures"))
            .toAbsolutePath().normalize();

    @TempDir
    Path dir;

    private final Cli cli = new Cli();

    private static final String REPO = """
            package app;

            import java.sql.Connection;
            import java.util.Optional;
            import javax.sql.DataSource;

            class Repo {
            \tprivate final DataSource dataSource;

            \tRepo(DataSource dataSource) {
            \t\tthis.dataSource = dataSource;
            \t}

            \tint count() throws Exception {
            \t\tConnection connection = dataSource.getConnection();
            \t\t// one call
            \t\tconnection.setReadOnly(true);
            \t\treturn connection.getSchema().length(); // the length
            \t}

            \tString name(Optional<String> maybe) {
            \t\treturn maybe.get().trim();
            \t}
            }
            """;

    private static final String FIXED = """
            package app;

            import java.sql.Connection;
            import java.util.Optional;
            import javax.sql.DataSource;

            class Repo {
            \tprivate final DataSource dataSource;

            \tRepo(DataSource dataSource) {
            \t\tthis.dataSource = dataSource;
            \t}

            \tint count() throws Exception {
            \t\ttry (Connection connection = dataSource.getConnection()) {
            \t\t\t// one call
            \t\t\tconnection.setReadOnly(true);
            \t\t\treturn connection.getSchema().length(); // the length
            \t\t}
            \t}

            \tString name(Optional<String> maybe) {
            \t\treturn maybe.orElseThrow().trim();
            \t}
            }
            """;

    @Test
    void fixChangesTheFilesInPlaceAndKeepsTheRestAsItWas() throws IOException {
        Path file = dir.resolve("src/main/java/app/Repo.java");
        Files.createDirectories(file.getParent());
        Files.writeString(file, REPO);

        assertEquals(0, cli.run("scan", dir.toString(), "--source-root", dir.toString(), "--fail-on", "none"));
        assertTrue(cli.out().contains("\n2 findings can be fixed by `backlint fix`"), cli.out());

        assertEquals(0, cli.run("fix", dir.toString(), "--source-root", dir.toString(), "--dry-run"), cli.err());
        assertEquals(REPO, Files.readString(file), "a dry run changes nothing");
        assertTrue(cli.out().startsWith("--- a/src/main/java/app/Repo.java\n+++ b/src/main/java/app/Repo.java\n"),
                cli.out());
        assertTrue(cli.out().contains("\n-\t\treturn maybe.get().trim();\n+\t\treturn maybe.orElseThrow().trim();\n"),
                cli.out());
        assertTrue(cli.err().contains("would fix 2 findings in 1 file"), cli.err());

        assertEquals(0, cli.run("fix", dir.toString(), "--source-root", dir.toString()), cli.err());
        assertEquals(FIXED, Files.readString(file));
        assertTrue(cli.err().contains("fixed 2 findings in 1 file"), cli.err());

        assertEquals(0, cli.run("scan", dir.toString(), "--source-root", dir.toString(), "--fail-on", "warning"),
                "nothing left to report:\n" + cli.out());
    }

    @Test
    void sarifCarriesTheFixesAsReplacements() throws Exception {
        Path file = dir.resolve("src/main/java/app/Repo.java");
        Files.createDirectories(file.getParent());
        Files.writeString(file, REPO);
        Path sarif = dir.resolve("out.sarif");
        assertEquals(0, cli.run("scan", dir.toString(), "--source-root", dir.toString(), "--format", "sarif",
                "--output", sarif.toString(), "--fail-on", "none"), cli.err());

        JsonNode results = new ObjectMapper().readTree(sarif.toFile()).path("runs").path(0).path("results");
        JsonNode get = results.path(1);
        assertEquals("optional-get-unchecked", get.path("ruleId").asText());
        JsonNode change = get.path("fixes").path(0).path("artifactChanges").path(0);
        assertEquals("src/main/java/app/Repo.java", change.path("artifactLocation").path("uri").asText());
        JsonNode replacement = change.path("replacements").path(0);
        assertEquals(22, replacement.path("deletedRegion").path("startLine").asInt());
        assertEquals(16, replacement.path("deletedRegion").path("startColumn").asInt());
        assertEquals(19, replacement.path("deletedRegion").path("endColumn").asInt());
        assertEquals("orElseThrow", replacement.path("insertedContent").path("text").asText());
        assertTrue(get.path("fixes").path(0).path("description").path("text").asText().contains("orElseThrow"));

        dev.backlint.SarifCheck.assumeAvailable();
        dev.backlint.SarifCheck.assertValid(sarif);
    }

    /** Every positive fixture of the rules with fixes: fixed, it parses and the fixed findings are gone. */
    @Test
    void everyFixOfTheFixturesParsesAndIsNoLongerReported() throws IOException {
        int fixedFindings = 0;
        for (String rule : List.of("optional-get-unchecked", "jdbc-resource-leak", "string-reference-equality")) {
            List<Path> positives;
            try (Stream<Path> files = Files.list(FIXTURES.resolve(rule))) {
                positives = files.filter(f -> f.getFileName().toString().startsWith("positive")).sorted().toList();
            }
            for (Path fixture : positives) {
                Path copy = dir.resolve(rule).resolve(fixture.getFileName());
                Files.createDirectories(copy.getParent());
                Files.copy(fixture, copy, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                List<Finding> before = scan(copy, rule);
                List<Finding> withFix = before.stream().filter(f -> !f.fixes().isEmpty()).toList();
                if (withFix.isEmpty()) {
                    continue;
                }
                Fixes.Result fixed = Fixes.apply(Files.readString(copy), withFix);
                assertTrue(new JavaParser(Parsing.configuration()).parse(fixed.text()).isSuccessful(),
                        fixture + " fixed does not parse:\n" + fixed.text());
                Files.writeString(copy, fixed.text());
                List<Finding> after = scan(copy, rule);
                assertEquals(before.size() - fixed.applied().size(), after.size(),
                        fixture + ": the fixed findings are gone, the others stay:\n" + fixed.text() + "\n" + after);
                fixedFindings += fixed.applied().size();
            }
        }
        assertTrue(fixedFindings >= 20, "fixes offered on the fixtures: " + fixedFindings);
    }

    private List<Finding> scan(Path file, String rule) {
        ScanResult result = new Analyzer().analyze(ScanRequest.builder().path(file).sourceRoot(dir)
                .enable(Set.of(rule)).threads(1).classpath(classpath()).build());
        return new ArrayList<>(result.reported());
    }

    private static List<Path> classpath() {
        return Stream.of(System.getProperty("java.class.path").split(java.io.File.pathSeparator))
                .map(Path::of).filter(Files::isRegularFile).toList();
    }
}
