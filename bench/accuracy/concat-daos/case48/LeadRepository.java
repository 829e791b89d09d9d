package concat.case48;

import java.util.List;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

@Repository
public class LeadRepository {
    private static final RowMapper<Lead> MAPPER = (rs, i) -> new Lead(
            rs.getLong("id"), rs.getString("company"), rs.getInt("score"));

    private final NamedParameterJdbcTemplate namedJdbc;

    public LeadRepository(NamedParameterJdbcTemplate namedJdbc) {
        this.namedJdbc = namedJdbc;
    }

    public List<Lead> findByOwner(String ownerId, String orderBy) {
        String sql = "SELECT id, company, score FROM leads WHERE owner_id = :ownerId ORDER BY " + orderBy;
        return namedJdbc.query(sql, new MapSqlParameterSource("ownerId", ownerId), MAPPER); // sink
    }

    public int countAll() {
        Integer n = namedJdbc.getJdbcTemplate().queryForObject("SELECT count(*) FROM leads", Integer.class);
        return n == null ? 0 : n;
    }

    public record Lead(long id, String company, int score) {
    }
}
