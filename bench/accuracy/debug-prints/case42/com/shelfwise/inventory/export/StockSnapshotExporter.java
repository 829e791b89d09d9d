package com.shelfwise.inventory.export;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.Locale;

@Component
public class StockSnapshotExporter {

    private static final Logger log = LoggerFactory.getLogger(StockSnapshotExporter.class);

    private final JdbcTemplate jdbc;
    private final Path exportDir;

    public StockSnapshotExporter(JdbcTemplate jdbc, @Value("${inventory.export.dir:/var/exports/stock}") Path exportDir) {
        this.jdbc = jdbc;
        this.exportDir = exportDir;
    }

    @Scheduled(cron = "0 0 1 * * *")
    public void exportNightlySnapshot() {
        Path target = exportDir.resolve("stock-" + LocalDate.now() + ".csv");
        Path partial = exportDir.resolve(target.getFileName() + ".part");
        int[] rows = {0};
        try (PrintWriter writer = new PrintWriter(Files.newBufferedWriter(partial, StandardCharsets.UTF_8))) {
            writer.println("sku,warehouse,on_hand,reserved");
            jdbc.query("SELECT sku, warehouse_code, on_hand, reserved FROM stock_levels ORDER BY sku, warehouse_code",
                    rs -> {
                        writer.printf(Locale.ROOT, "%s,%s,%d,%d%n", rs.getString(1), rs.getString(2),
                                rs.getInt(3), rs.getInt(4));
                        rows[0]++;
                    });
            if (writer.checkError()) {
                throw new IOException("Write error on " + partial);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Stock snapshot export failed", e);
        }
        try {
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not publish " + target, e);
        }
        log.info("Exported {} stock rows to {}", rows[0], target);
    }
}
