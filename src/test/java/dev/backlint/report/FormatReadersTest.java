package dev.backlint.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.backlint.api.Finding;
import dev.backlint.api.Level;
import dev.backlint.engine.Notification;
import dev.backlint.engine.ScanResult;
import edu.hm.hafner.analysis.FileReaderFactory;
import edu.hm.hafner.analysis.Issue;
import edu.hm.hafner.analysis.Report;
import edu.hm.hafner.analysis.Severity;
import edu.hm.hafner.analysis.parser.CheckStyleParser;
import edu.hm.hafner.analysis.parser.violations.JUnitAdapter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Checkstyle and JUnit reports as CI dashboards read them: parsed with the reader of
 * Jenkins' warnings-ng plugin (analysis-model), the report of a scan with findings of two
 * levels, a suppressed one, a file that failed to parse, and awkward text.
 */
class FormatReadersTest {

    @TempDir
    Path dir;

    private static ScanResult sample() {
        Finding awkward = Samples.finding(Samples.SELECT_STAR, Samples.at("src/main/java/app/Odd Name.java", 7, 5, 9),
                "x", "quotes \" and <tags> & ampersands\nover two lines");
        return Samples.result(Samples.RULES, List.of(Samples.injection(), Samples.selectStar("src/A.java", 3),
                        Samples.suppressed(Samples.selectStar("src/B.java", 9)), awkward),
                List.of(new Notification(Level.WARNING, "src/Broken.java", 7, null, Notification.Kind.PARSE_ERROR,
                        "cannot parse")));
    }

    private Path write(String name, Renderer renderer) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, Samples.render(renderer, sample()), StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void warningsNgReadsTheCheckstyleReport() throws Exception {
        Report report = new CheckStyleParser().parse(new FileReaderFactory(write("checkstyle.xml",
                new CheckstyleRenderer()), StandardCharsets.UTF_8));

        assertEquals(List.of(), report.getErrorMessages());
        assertEquals(4, report.size(), "the unsuppressed findings and the file that failed to parse");
        assertTrue(report.stream().anyMatch(issue -> issue.getFileName().endsWith("src/Broken.java")
                && issue.getLineStart() == 7), report.toString());
        Issue injection = report.stream().filter(issue -> issue.getFileName().endsWith("UserDao.java")).findFirst()
                .orElseThrow();
        assertEquals(Severity.ERROR, injection.getSeverity());
        assertEquals(42, injection.getLineStart());
        assertEquals(27, injection.getColumnStart());
        assertTrue(injection.getType().contains("sql-injection"), injection.getType());
        Issue odd = report.stream().filter(issue -> issue.getFileName().endsWith("Odd Name.java")).findFirst()
                .orElseThrow();
        assertEquals(Severity.WARNING_NORMAL, odd.getSeverity());
        assertTrue(odd.getMessage().contains("quotes \" and <tags> & ampersands"), odd.getMessage());
    }

    @Test
    void warningsNgReadsTheJunitReport() throws Exception {
        Report report = new JUnitAdapter().parse(new FileReaderFactory(write("junit.xml", new JunitRenderer()),
                StandardCharsets.UTF_8));

        assertEquals(List.of(), report.getErrorMessages());
        assertEquals(4, report.size(), "a failure per unsuppressed finding and an error for the file not parsed");
        assertTrue(report.stream().anyMatch(issue -> issue.getMessage().contains("quotes \" and <tags> & ampersands")),
                report.toString());
        assertEquals(4, report.getCounter(JUnitAdapter.FAILED_TESTS));
    }
}
