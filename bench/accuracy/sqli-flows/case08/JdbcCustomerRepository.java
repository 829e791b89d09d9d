package eval5.case08;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

@Repository
public class JdbcCustomerRepository implements CustomerRepository {

    private static final String FIND_BY_EMAIL = """
            SELECT c.id, c.email, c.display_name, c.tier, c.created_at
              FROM customers c
             WHERE lower(c.email) = :email
               AND c.deleted_at IS NULL
            """;

    private static final RowMapper<Customer> CUSTOMER_ROW = (rs, rowNum) -> new Customer(
            rs.getLong("id"),
            rs.getString("email"),
            rs.getString("display_name"),
            rs.getString("tier"),
            rs.getTimestamp("created_at").toInstant());

    private final NamedParameterJdbcTemplate jdbc;

    public JdbcCustomerRepository(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Customer> findByEmail(String email) {
        String sql = FIND_BY_EMAIL + " ORDER BY c.created_at DESC";
        List<Customer> rows = jdbc.query(sql, Map.of("email", email), CUSTOMER_ROW); // sink
        return rows.stream().findFirst();
    }
}
