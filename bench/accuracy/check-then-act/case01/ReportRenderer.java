// Renders a report to a temporary PDF file and the status record the export endpoints return.
package checkthenact.case01;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

@Component
public class ReportRenderer {

    private final JdbcClient jdbc;

    public ReportRenderer(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Path render(String reportId) throws IOException {
        var rows = jdbc.sql("SELECT line_no, text FROM report_line WHERE report_id = ? ORDER BY line_no")
                .param(reportId)
                .query((rs, n) -> rs.getString("text"))
                .list();
        var file = Files.createTempFile("report-" + reportId + "-", ".txt");
        return Files.write(file, rows);
    }
}

record ExportStatus(String reportId, State state, Path file) {

    enum State { IDLE, STARTED, ALREADY_RUNNING, DONE }
}
