package dev.backlint.report;


import dev.backlint.api.Level;
import dev.backlint.engine.Notification;
import dev.backlint.engine.ScanResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the project's SARIF validator ({@code ../shared/tools/validate-sarif --strict}:
 * the SARIF schema, GitHub's upload limits and the SARIF Multitool's GitHub rules) on
 * a log that uses every part of the format backlint writes.
 */
class SarifValidationTest {

    @Test
    void logWithEveryFeaturePassesStrictValidation(@TempDir Path dir) throws Exception {
        dev.backlint.SarifCheck.assumeAvailable();
        ScanResult result = Samples.result(Samples.RULES,
                List.of(Samples.injection(),
                        Samples.selectStar("src/main/java/com/example/Report Query.java", 12),
                        Samples.suppressed(Samples.selectStar("src/main/java/com/example/Legacy.java", 30))),
                List.of(new Notification(Level.WARNING, "src/main/java/com/example/Broken.java", 7, null,
                                Notification.Kind.PARSE_ERROR, "Cannot parse the file: ';' expected."),
                        new Notification(Level.ERROR, "src/main/java/com/example/UserDao.java", 0, "select-star",
                                Notification.Kind.RULE_FAILURE, "Rule select-star failed: IllegalStateException."),
                        new Notification(Level.NOTE, null, 0, null, Notification.Kind.SKIPPED,
                                "Skipped 2 generated files.")));

        assertValid(write(dir.resolve("backlint.sarif"), new SarifRenderer(false, "backlint/java"), result));
        assertValid(write(dir.resolve("backlint-all.sarif"), new SarifRenderer(true, null), result));
    }

    @Test
    void logWithoutFindingsPassesStrictValidation(@TempDir Path dir) throws Exception {
        dev.backlint.SarifCheck.assumeAvailable();
        ScanResult empty = Samples.result(Samples.RULES, List.of(), List.of());
        assertValid(write(dir.resolve("empty.sarif"), new SarifRenderer(false, null), empty));
    }

    private static Path write(Path file, SarifRenderer renderer, ScanResult result) throws IOException {
        Files.writeString(file, Samples.render(renderer, result), StandardCharsets.UTF_8);
        return file;
    }

    private static void assertValid(Path file) throws IOException, InterruptedException {
        dev.backlint.SarifCheck.assertValid(file);
    }
}
