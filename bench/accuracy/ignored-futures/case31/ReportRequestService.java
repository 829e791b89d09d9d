// Report requests from the sales dashboard: small CSV reports are written at once, large
// spreadsheets are built in the background.
package ignoredfutures.case31;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

@Service
public class ReportRequestService {

    private final JdbcClient jdbcClient;
    private final SpreadsheetReportBuilder spreadsheetBuilder;
    private final Path reportDir;

    public ReportRequestService(JdbcClient jdbcClient, SpreadsheetReportBuilder spreadsheetBuilder,
                                @Value("${reports.dir}") Path reportDir) {
        this.jdbcClient = jdbcClient;
        this.spreadsheetBuilder = spreadsheetBuilder;
        this.reportDir = reportDir;
    }

    public String request(Format format, String quarter) {
        var request = new ReportRequest(UUID.randomUUID().toString(), format, quarter);
        switch (format) {
            case CSV -> exportCsv(request);
            case XLSX -> spreadsheetBuilder.build(request); // dropped
        }
        return request.id();
    }

    private void exportCsv(ReportRequest request) {
        var lines = jdbcClient.sql("SELECT region, revenue FROM sales_totals WHERE quarter = ?")
                .param(request.quarter())
                .query((rs, n) -> rs.getString(1) + "," + rs.getBigDecimal(2))
                .list();
        try {
            Files.write(reportDir.resolve(request.id() + ".csv"), lines);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public enum Format { CSV, XLSX }

    public record ReportRequest(String id, Format format, String quarter) {
    }
}
