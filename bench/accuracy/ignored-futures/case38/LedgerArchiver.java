// Exports one month of ledger entries to a compressed file and deletes them from the hot table.
package ignoredfutures.case38;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.zip.GZIPOutputStream;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

@Component
public class LedgerArchiver {

    private final JdbcClient jdbcClient;
    private final Path archiveDir;

    public LedgerArchiver(JdbcClient jdbcClient, @Value("${ledger.archive-dir}") Path archiveDir) {
        this.jdbcClient = jdbcClient;
        this.archiveDir = archiveDir;
    }

    @Transactional
    public Path archive(YearMonth month) throws IOException {
        Path file = archiveDir.resolve("ledger-" + month + ".csv.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file));
             var writer = new PrintWriter(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8))) {
            jdbcClient.sql("SELECT id, account_id, amount, booked_on FROM ledger_entries WHERE booked_on >= ? AND booked_on < ?")
                    .params(month.atDay(1), month.plusMonths(1).atDay(1))
                    .query(rs -> {
                        writer.printf("%d,%d,%s,%s%n", rs.getLong(1), rs.getLong(2), rs.getBigDecimal(3), rs.getDate(4));
                    });
        }
        jdbcClient.sql("DELETE FROM ledger_entries WHERE booked_on >= ? AND booked_on < ?")
                .params(month.atDay(1), month.plusMonths(1).atDay(1))
                .update();
        return file;
    }
}
