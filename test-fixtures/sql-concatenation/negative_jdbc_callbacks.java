// JdbcTemplate execute/query/update/batchUpdate overloads taking callbacks and creators whose own SQL is constant.
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Objects;

import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.PreparedStatementCreator;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;

class AccountMaintenanceDao {

    private static final String INSERT_LIMIT = "INSERT INTO account_limits (account_id, daily_limit_cents) VALUES (?, ?)";

    private final JdbcTemplate jdbcTemplate;

    AccountMaintenanceDao(JdbcTemplate jdbcTemplate) {
        this.jdbcTemplate = jdbcTemplate;
    }

    Integer openConnections() {
        ConnectionCallback<Integer> count = connection -> {
            try (PreparedStatement ps = connection.prepareStatement("SELECT count(*) FROM pg_stat_activity");
                 ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getInt(1) : 0;
            }
        };
        return jdbcTemplate.execute(count);
    }

    List<String> accountNames(long tenantId) {
        PreparedStatementCreator creator = connection -> {
            PreparedStatement ps = connection.prepareStatement("SELECT name FROM accounts WHERE tenant_id = ?");
            ps.setLong(1, tenantId);
            return ps;
        };
        return jdbcTemplate.query(creator, (rs, rowNum) -> rs.getString("name"));
    }

    long create(String name) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbcTemplate.update(connection -> {
            PreparedStatement ps = connection.prepareStatement("INSERT INTO accounts (name) VALUES (?)", new String[] {"id"});
            ps.setString(1, name);
            return ps;
        }, keys);
        return Objects.requireNonNull(keys.getKey()).longValue();
    }

    int[] setLimits(List<long[]> limits) {
        return jdbcTemplate.batchUpdate(INSERT_LIMIT, new BatchPreparedStatementSetter() {
            @Override
            public void setValues(PreparedStatement ps, int i) throws SQLException {
                ps.setLong(1, limits.get(i)[0]);
                ps.setLong(2, limits.get(i)[1]);
            }

            @Override
            public int getBatchSize() {
                return limits.size();
            }
        });
    }
}
