package com.freightline.tracking.batch;

import java.sql.Timestamp;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

@Repository
public class ScanEventBatchWriter {

    private static final Logger log = LoggerFactory.getLogger(ScanEventBatchWriter.class);

    private static final String INSERT_SQL = """
            INSERT INTO scan_events (tracking_number, depot_code, event_code, scanned_at)
            VALUES (?, ?, ?, ?)
            ON CONFLICT DO NOTHING
            """;

    private final JdbcTemplate jdbcTemplate;

    public ScanEventBatchWriter(JdbcTemplate jdbcTemplate) {
        this.jdbcTemplate = jdbcTemplate;
    }

    @Transactional
    public int insert(List<ScanEvent> batch) {
        int n = batch.size();
        int inserted = 0;
        for (int i = 0; i < n; i++) {
            ScanEvent event = batch.get(i);
            inserted += jdbcTemplate.update(INSERT_SQL, event.trackingNumber(), event.depotCode(),
                    event.eventCode(), Timestamp.from(event.scannedAt().toInstant()));
        }
        if (inserted < n) {
            log.info("{} of {} scan events were duplicates", n - inserted, n);
        }
        return inserted;
    }
}
