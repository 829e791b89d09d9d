package eval5.case25;

import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

@Repository
public class PickListRepository {

    private static final Logger log = LoggerFactory.getLogger(PickListRepository.class);

    private final JdbcTemplate jdbcTemplate;

    public PickListRepository(JdbcTemplate jdbcTemplate) {
        this.jdbcTemplate = jdbcTemplate;
    }

    public List<String> openPickReferences(String warehouse) {
        String sql = "SELECT pick_reference FROM pick_lists WHERE warehouse = '" + warehouse
                + "' AND completed_at IS NULL ORDER BY wave, created_at";
        List<String> refs = jdbcTemplate.execute((ConnectionCallback<List<String>>) con -> {
            List<String> out = new ArrayList<>();
            try (var st = con.createStatement();
                 var rs = st.executeQuery(sql)) { // sink
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
            return out;
        });
        log.debug("{} open picks in {}", refs.size(), warehouse);
        return refs;
    }
}
