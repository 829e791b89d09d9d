package com.warehouse.stock.dao;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.stereotype.Repository;

@Repository
public class StockTransferDao {

    private final DataSource dataSource;

    public StockTransferDao(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public void transfer(String sku, String fromBin, String toBin, int quantity) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (PreparedStatement take = connection.prepareStatement(
                         "UPDATE bin_stock SET qty = qty - ? WHERE sku = ? AND bin = ? AND qty >= ?");
                 PreparedStatement put = connection.prepareStatement(
                         "UPDATE bin_stock SET qty = qty + ? WHERE sku = ? AND bin = ?")) {
                take.setInt(1, quantity);
                take.setString(2, sku);
                take.setString(3, fromBin);
                take.setInt(4, quantity);
                if (take.executeUpdate() != 1) {
                    throw new SQLException("Insufficient stock of " + sku + " in " + fromBin);
                }
                put.setInt(1, quantity);
                put.setString(2, sku);
                put.setString(3, toBin);
                put.executeUpdate();
                connection.commit();
            } catch (SQLException e) {
                try {
                    connection.rollback();
                } catch (SQLException rollbackFailure) {
                    e.addSuppressed(rollbackFailure);
                }
                throw e;
            }
        } catch (SQLException e) {
            throw new DataAccessResourceFailureException("Stock transfer of " + sku + " failed", e);
        }
    }
}
