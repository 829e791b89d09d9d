package dev.backlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The text report as a person sees it: run under a real pseudo-terminal (util-linux's
 * {@code script}), in colour with a progress line, and plain through a pipe, with
 * {@code NO_COLOR}, {@code --no-color} or in CI.
 */
class TerminalOutputTest {

    private static final Path FIXTURES = Path.of("..", "test-fixtures").toAbsolutePath().normalize();
    private static final String WARNING_IN_YELLOW = "\u001b[33mwarning\u001b[0m";
    private static final String PROGRESS = " files (";

    /** The command that scans every fixture on one thread: long enough for a progress line. */
    private static List<String> backlint(String... more) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-cp", System.getProperty("java.class.path"), BacklintCommand.class.getName(),
                "scan", FIXTURES.toString(), "--source-root", FIXTURES.getParent().toString(), "--threads", "1",
                "--fail-on", "none", "--allow-parse-errors"));
        command.addAll(List.of(more));
        return command;
    }

    /** What the terminal shows: standard output and standard error as they reach it. */
    private static String run(List<String> command, boolean pty, Map<String, String> environment)
            throws IOException, InterruptedException {
        List<String> full = command;
        if (pty) {
            StringBuilder line = new StringBuilder();
            for (String word : command) {
                line.append(line.length() == 0 ? "" : " ").append("'").append(word.replace("'", "'\\''")).append("'");
            }
            full = List.of("script", "-q", "-e", "-c", line.toString(), "/dev/null");
        }
        ProcessBuilder builder = new ProcessBuilder(full).redirectErrorStream(true);
        builder.environment().remove("CI");
        builder.environment().remove("NO_COLOR");
        builder.environment().put("TERM", "xterm-256color");
        builder.environment().putAll(environment);
        Process process = builder.start();
        process.getOutputStream().close();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(300, TimeUnit.SECONDS), "the scan finishes");
        assertEquals(0, process.exitValue(), output);
        return output;
    }

    @Test
    void aTerminalGetsColoursGroupsAProgressLineAndTheSummaryLast() throws Exception {
        String shown = run(backlint(), true, Map.of());

        assertTrue(shown.contains(WARNING_IN_YELLOW), "levels in colour");
        assertTrue(shown.contains("\u001b[1;4mtest-fixtures/select-star/positive_plain_literal.java\u001b[0m ("),
                "a header for each file");
        assertTrue(shown.contains("\r") && shown.contains(PROGRESS), "a progress line, rewritten in place");
        assertTrue(shown.contains("\r\u001b[K"), "the progress line is wiped before the report");
        String[] lines = shown.strip().split("\r?\n");
        assertTrue(lines[lines.length - 1].matches(".*\\d+ files scanned \\(.*"), "the summary is last: "
                + lines[lines.length - 1]);
        assertTrue(lines[lines.length - 2].matches("\\d+ findings can be fixed by `backlint fix`.*"),
                "what backlint fix can do comes before it: " + lines[lines.length - 2]);
        int counted = List.of(lines).indexOf(List.of(lines).stream()
                .filter(line -> line.matches("sql-injection +\u001b\\[1;31m\\d+ errors\u001b\\[0m\\s*"))
                .findFirst().orElse(""));
        assertTrue(counted > 0 && counted < lines.length - 2, "the counts per rule, errors in red, come before: "
                + String.join("\n", List.of(lines).subList(Math.max(0, lines.length - 15), lines.length)));
    }

    @Test
    void noColorAndCiTurnThemOff() throws Exception {
        String noColor = run(backlint(), true, Map.of("NO_COLOR", "1"));
        assertFalse(noColor.contains("\u001b[3") || noColor.contains("\u001b[1;"), "NO_COLOR: no colours");
        assertTrue(noColor.contains(PROGRESS), "NO_COLOR keeps the progress line");

        String option = run(backlint("--no-color"), true, Map.of());
        assertFalse(option.contains("\u001b[3") || option.contains("\u001b[1;"), "--no-color: no colours");

        String ci = run(backlint(), true, Map.of("CI", "true"));
        assertFalse(ci.contains(PROGRESS), "no progress line in a CI job's log");
        assertTrue(ci.contains(WARNING_IN_YELLOW), "CI alone does not turn colours off");
    }

    @Test
    void aPipeGetsPlainText() throws Exception {
        String piped = run(backlint(), false, Map.of());
        assertFalse(piped.contains("\u001b"), "no escape sequences in a pipe");
        assertFalse(piped.contains(PROGRESS), "no progress line in a pipe");
        assertTrue(piped.contains("test-fixtures/select-star/positive_plain_literal.java ("), "grouped by file");

        String forced = run(backlint("--color", "always"), false, Map.of());
        assertTrue(forced.contains(WARNING_IN_YELLOW), "--color always colours a pipe");
    }
}
