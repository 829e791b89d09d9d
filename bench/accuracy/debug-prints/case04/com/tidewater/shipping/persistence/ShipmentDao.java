package com.tidewater.shipping.persistence;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.EmptyResultDataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

@Repository
public class ShipmentDao {

    private static final RowMapper<Shipment> MAPPER = (rs, rowNum) -> new Shipment(
            rs.getLong("id"),
            rs.getString("tracking_number"),
            ShipmentStatus.valueOf(rs.getString("status")),
            rs.getString("carrier"),
            rs.getTimestamp("updated_at").toInstant());

    private final JdbcTemplate jdbc;
    private final Clock clock;

    public ShipmentDao(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public Optional<Shipment> findByTrackingNumber(String trackingNumber) {
        List<Shipment> rows = jdbc.query(
                "SELECT id, tracking_number, status, carrier, updated_at FROM shipments WHERE tracking_number = ?",
                MAPPER, trackingNumber);
        return rows.stream().findFirst();
    }

    public void updateStatus(long id, ShipmentStatus status) {
        try {
            int updated = jdbc.update("UPDATE shipments SET status = ?, updated_at = ? WHERE id = ?",
                    status.name(), Timestamp.from(clock.instant()), id);
            if (updated == 0) {
                throw new EmptyResultDataAccessException("No shipment with id " + id, 1);
            }
        } catch (DataIntegrityViolationException ex) {
            ex.printStackTrace();
            throw new IllegalStateException("Status " + status + " rejected for shipment " + id, ex);
        }
    }
}
