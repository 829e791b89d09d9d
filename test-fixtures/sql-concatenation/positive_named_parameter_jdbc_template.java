// NamedParameterJdbcTemplate whose SQL concatenates a sort column, a table or a value next to :named parameters.
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

class LoyaltyMemberDao {

    private final NamedParameterJdbcTemplate namedJdbc;

    LoyaltyMemberDao(NamedParameterJdbcTemplate namedJdbc) {
        this.namedJdbc = namedJdbc;
    }

    List<Map<String, Object>> members(String tier, String orderBy) {
        return namedJdbc.queryForList("SELECT id, name FROM members WHERE tier = :tier ORDER BY " + orderBy, Map.of("tier", tier));  // expect: sql-concatenation "from `orderBy`"
    }

    int credit(String ledgerTable, long memberId, int points) {
        MapSqlParameterSource params = new MapSqlParameterSource()
                .addValue("memberId", memberId)
                .addValue("points", points);
        return namedJdbc.update(  // expect: sql-concatenation "from `ledgerTable`"
                "UPDATE " + ledgerTable + " SET points = points + :points WHERE member_id = :memberId", params);
    }

    Integer pointsOf(String memberNumber) {
        return namedJdbc.queryForObject(  // expect: sql-concatenation "from `memberNumber`"
                "SELECT points FROM members WHERE member_number = '" + memberNumber + "'", Map.of(), Integer.class);
    }
}
