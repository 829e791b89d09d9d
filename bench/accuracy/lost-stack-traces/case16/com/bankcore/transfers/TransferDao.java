package com.bankcore.transfers;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.springframework.stereotype.Repository;

@Repository
public class TransferDao {

    private static final String DEBIT =
            "UPDATE account SET balance = balance - ? WHERE id = ? AND balance >= ?";
    private static final String CREDIT =
            "UPDATE account SET balance = balance + ? WHERE id = ?";

    private final DataSource dataSource;

    public TransferDao(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public void transfer(long fromAccount, long toAccount, BigDecimal amount) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                debit(connection, fromAccount, amount);
                credit(connection, toAccount, amount);
                connection.commit();
            } catch (SQLException e) {
                try {
                    connection.rollback();
                } catch (SQLException rollbackFailure) {
                    e.addSuppressed(rollbackFailure);
                }
                throw new TransferFailedException("Transfer " + fromAccount + " -> " + toAccount + " failed", e);
            }
        } catch (SQLException e) {
            throw new TransferFailedException("No database connection for transfer from " + fromAccount, e);
        }
    }

    private void debit(Connection connection, long account, BigDecimal amount) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(DEBIT)) {
            ps.setBigDecimal(1, amount);
            ps.setLong(2, account);
            ps.setBigDecimal(3, amount);
            if (ps.executeUpdate() != 1) {
                throw new SQLException("Insufficient funds or unknown account " + account, "23514");
            }
        }
    }

    private void credit(Connection connection, long account, BigDecimal amount) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(CREDIT)) {
            ps.setBigDecimal(1, amount);
            ps.setLong(2, account);
            if (ps.executeUpdate() != 1) {
                throw new SQLException("Unknown account " + account, "02000");
            }
        }
    }
}
