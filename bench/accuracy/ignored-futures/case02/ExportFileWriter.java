// Writes report exports to the export directory as CSV and removes stale ones.
package ignoredfutures.case02;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

@Component
public class ExportFileWriter {

    private final JdbcClient jdbcClient;
    private final Path exportDir;

    public ExportFileWriter(JdbcClient jdbcClient, @Value("${reports.export-dir}") Path exportDir) {
        this.jdbcClient = jdbcClient;
        this.exportDir = exportDir;
    }

    public Path write(String ticketId, ExportRequest request) throws IOException {
        List<String> rows = jdbcClient.sql("SELECT order_id, total, status FROM orders WHERE created_at >= ?")
                .param(request.since())
                .query((rs, n) -> rs.getLong(1) + "," + rs.getBigDecimal(2) + "," + rs.getString(3))
                .list();
        Path file = exportDir.resolve(ticketId + "." + request.format());
        return Files.write(file, rows);
    }

    public void deleteOlderThan(Duration age) {
        Instant cutoff = Instant.now().minus(age);
        try (Stream<Path> files = Files.list(exportDir)) {
            for (Path file : files.toList()) {
                if (Files.getLastModifiedTime(file).toInstant().isBefore(cutoff)) {
                    Files.deleteIfExists(file);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public record ExportRequest(String format, Instant since) {
    }
}
