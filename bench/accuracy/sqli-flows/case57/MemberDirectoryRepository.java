package eval5.case57;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class MemberDirectoryRepository {

    private final JdbcClient jdbcClient;

    public MemberDirectoryRepository(JdbcClient jdbcClient) {
        this.jdbcClient = jdbcClient;
    }

    public List<Member> byName(String term, int limit) {
        String sql = "SELECT m.id, m.display_name, m.club FROM members m WHERE lower(m.display_name) LIKE '%" + term + "%' ORDER BY m.display_name LIMIT :limit";
        return jdbcClient.sql(sql).param("limit", limit).query(Member.class).list(); // sink
    }

    public record Member(long id, String displayName, String club) {
    }
}
