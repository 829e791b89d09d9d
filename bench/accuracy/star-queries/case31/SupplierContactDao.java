package stars.case31;

import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

@Repository
public class SupplierContactDao {

    private final JdbcTemplate jdbcTemplate;

    public SupplierContactDao(JdbcTemplate jdbcTemplate) {
        this.jdbcTemplate = jdbcTemplate;
    }

    public List<Map<String, Object>> contacts(long supplierId) {
        return jdbcTemplate.queryForList("SELECT " + "id, name" + " FROM supplier_contacts WHERE supplier_id = ?",
                supplierId);
    }
}
