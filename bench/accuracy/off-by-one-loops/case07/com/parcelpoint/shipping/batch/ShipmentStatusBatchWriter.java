package com.parcelpoint.shipping.batch;

import java.sql.Timestamp;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

@Repository
public class ShipmentStatusBatchWriter {

    private static final Logger log = LoggerFactory.getLogger(ShipmentStatusBatchWriter.class);

    private static final String UPDATE_SQL =
            "UPDATE shipments SET status = ?, status_changed_at = ? WHERE id = ? AND status_changed_at < ?";

    private final JdbcTemplate jdbcTemplate;

    public ShipmentStatusBatchWriter(JdbcTemplate jdbcTemplate) {
        this.jdbcTemplate = jdbcTemplate;
    }

    @Transactional
    public int write(List<ShipmentStatusUpdate> batch) {
        if (batch.isEmpty()) {
            return 0;
        }
        int n = batch.size() - 1;
        int written = 0;
        for (int i = 0; i < n; i++) {
            ShipmentStatusUpdate update = batch.get(i);
            Timestamp at = Timestamp.from(update.occurredAt());
            written += jdbcTemplate.update(UPDATE_SQL, update.status().name(), at, update.shipmentId(), at);
        }
        log.info("Applied {} of {} shipment status updates", written, batch.size());
        return written;
    }
}
