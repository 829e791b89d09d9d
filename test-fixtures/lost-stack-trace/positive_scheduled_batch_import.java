// A scheduled CSV import that logs each bad row with only the exception message (multi-line logger call) and keeps going.
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

record PriceRow(String sku, BigDecimal price) {

    static PriceRow parse(String line) {
        String[] cells = line.split(",");
        return new PriceRow(cells[0].trim(), new BigDecimal(cells[1].trim()));
    }
}

@Component
class PriceListImportJob {

    private static final Logger log = LoggerFactory.getLogger(PriceListImportJob.class);

    private final JdbcTemplate jdbc;
    private final Path inbox = Path.of("/data/inbox/prices.csv");

    PriceListImportJob(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Scheduled(cron = "0 0 3 * * *")
    public void importPrices() throws IOException {
        List<String> lines = Files.readAllLines(inbox);
        int failed = 0;
        for (int i = 1; i < lines.size(); i++) {
            PriceRow row;
            try {
                row = PriceRow.parse(lines.get(i));
            } catch (NumberFormatException | ArrayIndexOutOfBoundsException e) {
                failed++;
                log.warn("Skipping line {} of {}: {}", // expect: lost-stack-trace "`e.getMessage()`"
                        i + 1, inbox, e.getMessage());
                continue;
            }
            try {
                jdbc.update("UPDATE product SET price = ? WHERE sku = ?", row.price(), row.sku());
            } catch (DataAccessException e) {
                failed++;
                log.error("Price update for {} failed: {}", row.sku(), e.getMessage()); // expect: lost-stack-trace "`e.getMessage()`"
            }
        }
        log.info("Price import finished with {} failed lines", failed);
    }
}
