package com.medsupply.orders;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.stereotype.Repository;

@Repository
public class PurchaseOrderDao {

    private static final Logger log = LoggerFactory.getLogger(PurchaseOrderDao.class);

    private final DataSource dataSource;

    public PurchaseOrderDao(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public long insert(String supplierCode, List<OrderLine> lines) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                long orderId = insertHeader(connection, supplierCode);
                insertLines(connection, orderId, lines);
                connection.commit();
                return orderId;
            } catch (SQLException e) {
                try {
                    connection.rollback();
                } catch (SQLException rollbackError) {
                    log.error("Rollback of purchase order for {} failed: {}", supplierCode, rollbackError.getMessage());
                }
                throw new DataAccessResourceFailureException("Could not store purchase order for " + supplierCode, e);
            }
        } catch (SQLException e) {
            throw new DataAccessResourceFailureException("No connection for purchase order of " + supplierCode, e);
        }
    }

    private long insertHeader(Connection connection, String supplierCode) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(
                "INSERT INTO purchase_order (supplier_code, status) VALUES (?, 'DRAFT')",
                Statement.RETURN_GENERATED_KEYS)) {
            ps.setString(1, supplierCode);
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                if (!keys.next()) {
                    throw new SQLException("No key generated for purchase order");
                }
                return keys.getLong(1);
            }
        }
    }

    private void insertLines(Connection connection, long orderId, List<OrderLine> lines) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(
                "INSERT INTO purchase_order_line (order_id, article_no, quantity) VALUES (?, ?, ?)")) {
            for (OrderLine line : lines) {
                ps.setLong(1, orderId);
                ps.setString(2, line.articleNo());
                ps.setInt(3, line.quantity());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    public record OrderLine(String articleNo, int quantity) {
    }
}
