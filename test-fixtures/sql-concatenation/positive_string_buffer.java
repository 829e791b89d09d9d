// StringBuffer in legacy DAO code: a JDBC Statement query and a JdbcTemplate update built from parameters.
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;

class LegacyAccountDao {

    private final DataSource dataSource;
    private final JdbcTemplate jdbcTemplate;

    LegacyAccountDao(DataSource dataSource, JdbcTemplate jdbcTemplate) {
        this.dataSource = dataSource;
        this.jdbcTemplate = jdbcTemplate;
    }

    List<String> accountNumbers(String branchCode, String status) throws SQLException {
        StringBuffer sql = new StringBuffer();
        sql.append("SELECT account_number FROM accounts");
        sql.append(" WHERE branch_code = '").append(branchCode).append("'");
        if (status != null) {
            sql.append(" AND status = '").append(status).append("'");
        }
        List<String> numbers = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
             Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery(sql.toString())) {  // expect: sql-concatenation "from `sql`"
            while (rs.next()) {
                numbers.add(rs.getString(1));
            }
        }
        return numbers;
    }

    int closeAccounts(List<String> accountNumbers) {
        StringBuffer sql = new StringBuffer("UPDATE accounts SET status = 'CLOSED' WHERE account_number IN (");
        for (int i = 0; i < accountNumbers.size(); i++) {
            if (i > 0) {
                sql.append(',');
            }
            sql.append('\'').append(accountNumbers.get(i)).append('\'');
        }
        sql.append(')');
        return jdbcTemplate.update(sql.toString());  // expect: sql-concatenation "from `sql`"
    }
}
