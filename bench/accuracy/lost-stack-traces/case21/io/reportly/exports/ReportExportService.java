package io.reportly.exports;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;

import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

@Service
public class ReportExportService {

    private static final Logger logger = LogManager.getLogger(ReportExportService.class);

    private final JdbcTemplate jdbcTemplate;
    private final ExportStorage storage;

    public ReportExportService(JdbcTemplate jdbcTemplate, ExportStorage storage) {
        this.jdbcTemplate = jdbcTemplate;
        this.storage = storage;
    }

    public ExportStatus export(long reportId, String format) {
        List<Map<String, Object>> rows = jdbcTemplate.queryForList(
                "SELECT region, revenue, orders FROM report_rows WHERE report_id = ? ORDER BY region", reportId);
        try (Writer writer = storage.open(reportId, format)) {
            writer.write("region,revenue,orders\n");
            for (Map<String, Object> row : rows) {
                writer.write(row.get("region") + "," + row.get("revenue") + "," + row.get("orders") + "\n");
            }
            logger.info("Exported report {} ({} rows)", reportId, rows.size());
            return ExportStatus.done(reportId, rows.size());
        } catch (IOException ex) {
            logger.error("Export of report {} as {} failed", reportId, format, ex);
            return ExportStatus.failed(reportId, ex.getMessage());
        }
    }
}
