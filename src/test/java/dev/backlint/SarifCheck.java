package dev.backlint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * The project's SARIF validator ({@code ../shared/tools/validate-sarif --strict}: the
 * SARIF schema, GitHub's upload limits and the SARIF Multitool's GitHub rules) for tests.
 */
public final class SarifCheck {

    private static final Path VALIDATOR =
            Path.of(System.getProperty("backlint.shared", "../../shared")).resolve("tools/validate-sarif");

    private SarifCheck() {
    }

    /** Skips the calling test where the validator is not installed. */
    public static void assumeAvailable() {
        Assumptions.assumeTrue(Files.isRegularFile(VALIDATOR),
                "SARIF validator not found at " + VALIDATOR.toAbsolutePath() + " (set -Dbacklint.shared)");
    }

    public static void assertValid(Path file) throws IOException, InterruptedException {
        Path log = file.resolveSibling(file.getFileName() + ".log");
        Process process = new ProcessBuilder(VALIDATOR.toString(), "--strict", file.toString())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        process.getOutputStream().close();
        // The validator installs its npm packages on first use: give it time.
        boolean done = process.waitFor(5, TimeUnit.MINUTES);
        if (!done) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
        String output = Files.readString(log);
        assertTrue(done, "validate-sarif did not finish within 5 minutes:\n" + output);
        assertEquals(0, process.exitValue(), "validate-sarif --strict " + file.getFileName() + " failed:\n"
                + output + "\n--- SARIF ---\n" + Files.readString(file));
    }
}
