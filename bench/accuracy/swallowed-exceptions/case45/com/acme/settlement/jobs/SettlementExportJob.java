package com.acme.settlement.jobs;

import com.acme.settlement.support.OpsAlerts;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

@Component
public class SettlementExportJob {

    private final JdbcTemplate jdbc;
    private final OpsAlerts opsAlerts;
    private final Path outbox;

    public SettlementExportJob(JdbcTemplate jdbc, OpsAlerts opsAlerts, @Value("${settlement.outbox}") Path outbox) {
        this.jdbc = jdbc;
        this.opsAlerts = opsAlerts;
        this.outbox = outbox;
    }

    @Scheduled(cron = "0 15 2 * * *", zone = "UTC")
    public void exportPreviousDay() {
        LocalDate day = LocalDate.now(ZoneOffset.UTC).minusDays(1);
        List<String> rows = jdbc.query(
                "SELECT merchant_id, SUM(amount_cents), COUNT(*) FROM card_payment WHERE settled_on = ? GROUP BY merchant_id",
                (rs, i) -> rs.getString(1) + "," + rs.getLong(2) + "," + rs.getInt(3),
                day);
        Path target = outbox.resolve("settlement-" + day + ".csv");
        try {
            Files.write(target, rows);
            jdbc.update("INSERT INTO settlement_export (day, file_name, row_count) VALUES (?, ?, ?)",
                    day, target.getFileName().toString(), rows.size());
        } catch (IOException e) {
            opsAlerts.raise("Nightly settlement export failed for " + day);
        }
    }
}
