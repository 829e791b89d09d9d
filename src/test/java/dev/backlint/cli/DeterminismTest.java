package dev.backlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.backlint.Fixtures;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The same tree scanned with 1, 2 and 8 threads gives byte-identical SARIF, apart from
 * the invocation's start and end times.
 */
class DeterminismTest {

    @TempDir
    Path dir;

    @Test
    void sarifIsByteIdenticalWhateverTheNumberOfThreads() throws IOException {
        String one = scan(1);
        String two = scan(2);
        String eight = scan(8);

        assertTrue(java.util.regex.Pattern.compile("\"ruleId\"\\s*:\\s*\"sql-injection\"").matcher(one).find(),
                "the fixtures give findings of every kind");
        assertTrue(one.contains("\"codeFlows\""), "and code flows");
        assertEquals(one, two);
        assertEquals(one, eight);
    }

    private String scan(int threads) throws IOException {
        Path sarif = dir.resolve("threads-" + threads + ".sarif");
        StringWriter out = new StringWriter();
        CommandLine commandLine = BacklintCommand.newCommandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(new StringWriter(), true));
        int code = commandLine.execute("scan", Fixtures.root().toString(), "--source-root", Fixtures.root().toString(),
                "--threads", String.valueOf(threads), "--format", "sarif", "--output", sarif.toString());
        assertEquals(1, code, out.toString());
        return Files.readString(sarif).replaceAll("\"(start|end)TimeUtc\"\\s*:\\s*\"[^\"]*\"", "\"$1TimeUtc\" : \"-\"");
    }
}
