// Builds large XLSX sales reports in the background and stores them for download.
package ignoredfutures.case31;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

@Component
public class SpreadsheetReportBuilder {

    private final JdbcClient jdbcClient;
    private final Path reportDir;

    public SpreadsheetReportBuilder(JdbcClient jdbcClient, @Value("${reports.dir}") Path reportDir) {
        this.jdbcClient = jdbcClient;
        this.reportDir = reportDir;
    }

    @BackgroundTask
    public CompletableFuture<Path> build(ReportRequestService.ReportRequest request) {
        try {
            List<String> rows = jdbcClient.sql("SELECT region, product, revenue FROM sales_by_region WHERE quarter = ?")
                    .param(request.quarter())
                    .query((rs, n) -> String.join("\t", rs.getString(1), rs.getString(2), rs.getString(3)))
                    .list();
            Path file = Files.write(reportDir.resolve(request.id() + ".xlsx"), rows);
            return CompletableFuture.completedFuture(file);
        } catch (Exception e) {
            return CompletableFuture.failedFuture(e);
        }
    }
}
