package leak.case03;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import javax.sql.DataSource;

public class AccountTransferService {

    private static final String DEBIT =
            "UPDATE accounts SET balance = balance - ? WHERE id = ? AND balance >= ?";
    private static final String CREDIT =
            "UPDATE accounts SET balance = balance + ? WHERE id = ?";

    private final DataSource dataSource;

    public AccountTransferService(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public void transfer(long fromAccount, long toAccount, BigDecimal amount) throws SQLException {
        Connection conn = dataSource.getConnection(); // leak
        try {
            conn.setAutoCommit(false);
            try (PreparedStatement debit = conn.prepareStatement(DEBIT);
                 PreparedStatement credit = conn.prepareStatement(CREDIT)) {
                debit.setBigDecimal(1, amount);
                debit.setLong(2, fromAccount);
                debit.setBigDecimal(3, amount);
                if (debit.executeUpdate() != 1) {
                    throw new SQLException("Insufficient funds on account " + fromAccount);
                }
                credit.setBigDecimal(1, amount);
                credit.setLong(2, toAccount);
                credit.executeUpdate();
            }
            conn.commit();
            conn.close();
        } catch (SQLException e) {
            conn.rollback();
            throw e;
        }
    }
}
