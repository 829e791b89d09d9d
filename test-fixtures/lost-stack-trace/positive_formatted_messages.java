// A report exporter that formats e.getMessage() into the log message with String.format, formatted() on a text block and MessageFormat.
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

record ReportRow(String region, long orders, double revenue) {
}

@Service
class SalesReportExporter {

    private static final Logger log = LoggerFactory.getLogger(SalesReportExporter.class);

    private static final String ARCHIVE_FAILED = """
            Archiving report %s into %s failed: %s
            Reports stay in the outbox until the next run.""";

    public boolean exportCsv(Path target, List<ReportRow> rows) {
        try (Writer writer = Files.newBufferedWriter(target)) {
            for (ReportRow row : rows) {
                writer.write(row.region() + ";" + row.orders() + ";" + row.revenue() + "\n");
            }
            return true;
        } catch (IOException e) {
            log.error(String.format("CSV export to %s failed: %s", target, e.getMessage())); // expect: lost-stack-trace "`e.getMessage()`"
            return false;
        }
    }

    public boolean archive(Path source, Path archiveDir) {
        try {
            Files.move(source, archiveDir.resolve(source.getFileName()));
            return true;
        } catch (IOException e) {
            log.warn(ARCHIVE_FAILED.formatted(source, archiveDir, e.getMessage())); // expect: lost-stack-trace "`e.getMessage()`"
            return false;
        }
    }

    public long size(Path report) {
        try {
            return Files.size(report);
        } catch (IOException e) {
            log.info(MessageFormat.format("Size of {0} unknown: {1}", report, e.getLocalizedMessage())); // expect: lost-stack-trace "`e.getLocalizedMessage()`"
            return -1L;
        }
    }
}
