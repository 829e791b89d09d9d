package dev.backlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.backlint.engine.Shard;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --shard I/N} and {@code backlint merge}: the parts of a scan make the whole scan. */
class ShardMergeTest {

    /** Every rule's fixtures: many files, every rule, findings one file reports at another. */
    private static final Path FIXTURES = Path.of("..", "test-fixtures").toAbsolutePath().normalize();

    @TempDir
    Path dir;

    private final Cli cli = new Cli();

    private Path scan(String name, String... more) {
        Path sarif = dir.resolve(name);
        List<String> args = new ArrayList<>(List.of("scan", FIXTURES.toString(), "--source-root", FIXTURES.toString(),
                "--format", "sarif", "--output", sarif.toString(), "--fail-on", "none", "--allow-parse-errors",
                "--include-tests", "--enable", String.join(",", ruleIds()),
                "-cp", System.getProperty("java.class.path")));
        args.addAll(List.of(more));
        assertEquals(0, cli.run(args.toArray(String[]::new)), cli.err());
        return sarif;
    }

    private static List<String> ruleIds() {
        return new ArrayList<>(dev.backlint.engine.RuleRegistry.standard().ids());
    }

    private static JsonNode withoutTimes(Path sarif) throws IOException {
        JsonNode log = new ObjectMapper().readTree(sarif.toFile());
        for (JsonNode invocation : log.path("runs").path(0).path("invocations")) {
            ((ObjectNode) invocation).remove(List.of("startTimeUtc", "endTimeUtc"));
        }
        return log;
    }

    @Test
    void mergedShardsEqualOneWholeScan() throws IOException {
        Path whole = scan("whole.sarif");
        int wholeFiles = filesScanned();
        List<String> parts = new ArrayList<>(List.of("merge"));
        int partFiles = 0;
        for (int i = 1; i <= 3; i++) {
            parts.add(scan("part" + i + ".sarif", "--shard", i + "/3").toString());
            partFiles += filesScanned();
        }
        Path merged = dir.resolve("merged.sarif");
        parts.addAll(List.of("-o", merged.toString()));
        assertEquals(0, cli.run(parts.toArray(String[]::new)), cli.err());

        JsonNode expected = withoutTimes(whole);
        assertTrue(expected.path("runs").path(0).path("results").size() > 200,
                "a scan with many results: " + expected.path("runs").path(0).path("results").size());
        assertEquals(expected, withoutTimes(merged));
        assertEquals(wholeFiles, partFiles, "every file is checked by exactly one part");
        assertTrue(Files.readString(merged).contains("\"backlint/v1\""), "fingerprints are kept");
    }

    @Test
    void everyPathIsInExactlyOnePart() {
        for (int count = 1; count <= 7; count++) {
            int[] sizes = new int[count];
            for (int file = 0; file < 1000; file++) {
                String path = "src/main/java/com/example/Type" + file + ".java";
                int parts = 0;
                for (int index = 1; index <= count; index++) {
                    if (new Shard(index, count).includes(path)) {
                        parts++;
                        sizes[index - 1]++;
                    }
                }
                assertEquals(1, parts, path + " in " + count + " parts");
            }
            for (int size : sizes) {
                assertTrue(size > 1000 / count / 2, "parts of about one size: " + java.util.Arrays.toString(sizes));
            }
        }
    }

    private int filesScanned() {
        Matcher matcher = Pattern.compile("(\\d+) files? scanned").matcher(cli.out() + cli.err());
        assertTrue(matcher.find(), cli.out() + cli.err());
        return Integer.parseInt(matcher.group(1));
    }

    @Test
    void mergeRefusesRunsOfAnotherToolOrCategory() throws IOException {
        Path other = dir.resolve("other.sarif");
        Files.writeString(other, """
                {"version": "2.1.0", "runs": [{"tool": {"driver": {"name": "other"}}, "results": []}]}
                """);
        Path ours = scan("ours.sarif", "--enable", "select-star");
        assertEquals(2, cli.run("merge", ours.toString(), other.toString()));
        assertTrue(cli.err().contains("a run of 'other'"), cli.err());

        Path categorised = scan("categorised.sarif", "--enable", "select-star", "--category", "module-a");
        assertEquals(2, cli.run("merge", ours.toString(), categorised.toString()));
        assertTrue(cli.err().contains("different categories"), cli.err());

        assertEquals(2, cli.run("scan", FIXTURES.toString(), "--shard", "4/3"));
        assertTrue(cli.err().contains("1 <= I <= N"), cli.err());
    }
}
