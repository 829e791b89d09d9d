package com.orderly.fulfilment;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.UUID;

import javax.sql.DataSource;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.stereotype.Repository;

@Repository
public class ReservationDao {

    private static final String RESERVE = """
            UPDATE stock
               SET reserved = reserved + ?
             WHERE sku = ? AND quantity - reserved >= ?
            """;

    private final DataSource dataSource;

    public ReservationDao(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public void reserve(String sku, int quantity, UUID orderId) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement ps = connection.prepareStatement(RESERVE)) {
            ps.setInt(1, quantity);
            ps.setString(2, sku);
            ps.setInt(3, quantity);
            int updated = ps.executeUpdate();
            if (updated == 0) {
                throw new InsufficientStockException(sku, quantity);
            }
        } catch (SQLException e) {
            throw new DataAccessResourceFailureException("Could not reserve " + quantity + " x " + sku + " for order " + orderId, e);
        }
    }
}
