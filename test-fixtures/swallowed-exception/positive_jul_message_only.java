// A report exporter that logs only a message through java.util.logging when writing or moving a file fails.
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

class CsvReportExporter {

    private static final Logger LOGGER = Logger.getLogger(CsvReportExporter.class.getName());

    private final Path outputDir;

    CsvReportExporter(Path outputDir) {
        this.outputDir = outputDir;
    }

    void export(String reportName, List<String> lines) {
        Path target = outputDir.resolve(reportName + ".csv");
        try {
            Files.write(target, lines);
        } catch (IOException e) { // expect: swallowed-exception "IOException"
            LOGGER.warning("Report export failed for " + reportName);
        }
    }

    void archive(String reportName) {
        Path source = outputDir.resolve(reportName + ".csv");
        Path target = outputDir.resolve("archive").resolve(reportName + ".csv");
        try {
            Files.move(source, target);
        } catch (IOException ioe) { // expect: swallowed-exception "IOException"
            LOGGER.log(Level.INFO, "Could not archive report {0}", reportName);
        }
    }
}
