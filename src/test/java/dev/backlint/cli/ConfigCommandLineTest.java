package dev.backlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.backlint.engine.ConfigFile;
import dev.backlint.engine.ConfigSchema;
import dev.backlint.engine.RuleRegistry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code backlint.yml} from the command line: found, read, overridden, checked and started. */
class ConfigCommandLineTest {

    @TempDir
    Path dir;

    private final Cli cli = new Cli();

    @BeforeEach
    void writeProject() throws IOException {
        Files.createDirectories(dir.resolve("src/main/java/app"));
        Files.createDirectories(dir.resolve("src/main/java/gen"));
        Files.createDirectories(dir.resolve("src/test/java/app"));
        String dao = """
                package %s;
                class %s {
                    String all() {
                        return "SELECT * FROM users";
                    }
                }
                """;
        Files.writeString(dir.resolve("src/main/java/app/Dao.java"), dao.formatted("app", "Dao"));
        Files.writeString(dir.resolve("src/main/java/gen/Generated.java"), dao.formatted("gen", "Generated"));
        Files.writeString(dir.resolve("src/test/java/app/DaoTest.java"), dao.formatted("app", "DaoTest"));
    }

    private int run(String... args) {
        return cli.run(args);
    }

    private int scan(String... more) {
        String[] args = new String[more.length + 4];
        args[0] = "scan";
        args[1] = dir.toString();
        args[2] = "--source-root";
        args[3] = dir.toString();
        System.arraycopy(more, 0, args, 4, more.length);
        return run(args);
    }

    private void config(String yaml) throws IOException {
        Files.writeString(dir.resolve(ConfigFile.NAME), yaml);
    }

    @Test
    void theFileInTheScannedDirectorySetsTheScan() throws IOException {
        assertEquals(0, scan(), cli.err());
        assertTrue(cli.out().contains("2 files scanned"), cli.out());

        config("""
                fail-on: warning
                exclude: ["**/gen/**"]
                include-tests: true
                levels:
                  select-star: note
                """);
        assertEquals(0, scan(), "a note is below fail-on warning\n" + cli.err());
        String text = cli.out();
        assertTrue(text.contains("src/main/java/app/Dao.java:4:16: note [select-star]"), text);
        assertTrue(text.contains("src/test/java/app/DaoTest.java:4:16: note [select-star]"), text);
        assertFalse(text.contains("Generated.java"), text);
    }

    @Test
    void theCommandLineOverridesTheFile() throws IOException {
        config("""
                fail-on: warning
                include: ["**/gen/**"]
                include-tests: true
                levels:
                  select-star: note
                """);
        assertEquals(1, scan("--level", "select-star=warning"), "--level wins over the file's level\n" + cli.err());
        assertTrue(cli.out().contains("src/main/java/gen/Generated.java:4:16: warning [select-star]"),
                cli.out());
        assertFalse(cli.out().contains("Dao.java"), "include: only the generated folder\n" + cli.out());

        assertEquals(0, scan("--level", "select-star=warning", "--fail-on", "error"), cli.err());
        assertEquals(1, scan("--no-include-tests", "--include", "**/app/**", "--fail-on", "note"), cli.err());
        assertTrue(cli.out().contains("src/main/java/app/Dao.java:4:16: note [select-star]"), cli.out());
        assertTrue(cli.out().contains("1 file scanned"), "neither the test nor the generated file\n" + cli.out());
    }

    @Test
    void disabledInTheFileAndEnabledOnTheCommandLine() throws IOException {
        config("disable: [select-star]\n");
        assertEquals(0, scan("--fail-on", "note"), cli.err());
        assertTrue(cli.out().contains("0 warnings"), cli.out());

        config("enable: [sql-injection]\n");
        assertEquals(1, scan("--fail-on", "note", "--enable", "select-star"), cli.err());
    }

    @Test
    void aConfigElsewhereIsReadWithConfig() throws IOException {
        Path elsewhere = dir.resolve("ci/strict.yml");
        Files.createDirectories(elsewhere.getParent());
        Files.writeString(elsewhere, "fail-on: warning\n");
        assertEquals(0, scan());
        assertEquals(1, scan("--config", elsewhere.toString()), cli.err());
        assertEquals(2, scan("--config", dir.resolve("missing.yml").toString()));
        assertTrue(cli.err().contains("missing.yml does not exist"), cli.err());
    }

    @Test
    void aBadFileStopsTheScanWithItsPlaceAndExitCode2() throws IOException {
        config("""
                fail-on: error
                levels:
                  select-stars: note
                """);
        assertEquals(2, scan());
        assertTrue(cli.err().contains(ConfigFile.NAME + ":3:3: unknown rule id 'select-stars'"), cli.err());
        assertEquals("", cli.out(), "no report from a scan that did not run");
    }

    @Test
    void initWritesAStarterThatConfigAcceptsAndThatNamesEveryKey() throws IOException {
        assertEquals(0, run("init", dir.toString()), cli.err());
        Path file = dir.resolve(ConfigFile.NAME);
        String starter = Files.readString(file);
        assertEquals(0, run("config", file.toString()), cli.err());
        assertTrue(cli.out().contains("is valid"), cli.out());

        JsonNode schema = ConfigSchema.of(RuleRegistry.standard());
        schema.path("properties").fields().forEachRemaining(section -> {
            assertTrue(starter.contains(section.getKey() + ":"), "the starter shows " + section.getKey());
            section.getValue().path("properties").fields().forEachRemaining(key -> {
                if (section.getKey().equals("options")) {
                    assertTrue(starter.contains(key.getKey() + ":"), "the starter shows " + key.getKey());
                }
            });
        });
        for (String id : RuleRegistry.standard().ids()) {
            assertTrue(starter.contains("#   " + id + " "), "the starter lists " + id);
        }

        assertEquals(2, run("init", dir.toString()), "an existing file is kept");
        assertTrue(cli.err().contains("--force"), cli.err());
        Files.writeString(file, "# mine\n");
        assertEquals(0, run("init", dir.toString(), "--force"));
        assertEquals(starter, Files.readString(file));
    }

    @Test
    void configChecksAFileAndPrintsTheSchema() throws IOException {
        config("enable: [selectstar]\n");
        assertEquals(2, run("config", dir.resolve(ConfigFile.NAME).toString()));
        assertTrue(cli.err().contains(":1:10: unknown rule id 'selectstar'"), cli.err());

        assertEquals(0, run("config", "--schema"));
        JsonNode schema = new ObjectMapper().readTree(cli.out());
        assertEquals("https://json-schema.org/draft/2020-12/schema", schema.path("$schema").asText());
        assertEquals(ConfigSchema.of(RuleRegistry.standard()), schema);
    }
}
