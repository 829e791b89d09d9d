// A JDBC transfer whose outer catch wraps the failure with its cause, while the nested rollback catch logs only the rollback exception's message.
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Repository;

class TransferFailedException extends RuntimeException {

    TransferFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}

@Repository
class LedgerTransferDao {

    private static final Logger log = LoggerFactory.getLogger(LedgerTransferDao.class);

    private final DataSource dataSource;

    LedgerTransferDao(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public void transfer(long fromAccount, long toAccount, BigDecimal amount) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (PreparedStatement debit = connection.prepareStatement("UPDATE account SET balance = balance - ? WHERE id = ?");
                 PreparedStatement credit = connection.prepareStatement("UPDATE account SET balance = balance + ? WHERE id = ?")) {
                debit.setBigDecimal(1, amount);
                debit.setLong(2, fromAccount);
                debit.executeUpdate();
                credit.setBigDecimal(1, amount);
                credit.setLong(2, toAccount);
                credit.executeUpdate();
                connection.commit();
            } catch (SQLException e) {
                try {
                    connection.rollback();
                } catch (SQLException rollbackFailure) {
                    log.error("Rollback of transfer {} -> {} failed: {}", fromAccount, toAccount, rollbackFailure.getMessage()); // expect: lost-stack-trace "`rollbackFailure.getMessage()`"
                }
                throw new TransferFailedException("Transfer " + fromAccount + " -> " + toAccount + " failed", e);
            }
        } catch (SQLException e) {
            throw new TransferFailedException("No database connection for transfer", e);
        }
    }
}
