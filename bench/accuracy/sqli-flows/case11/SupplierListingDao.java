package eval5.case11;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

@Repository
public class SupplierListingDao extends AbstractListingDao {

    public SupplierListingDao(JdbcTemplate jdbcTemplate) {
        super(jdbcTemplate);
    }

    @Override
    protected String table() {
        return "suppliers";
    }

    @Override
    protected String columns() {
        return "id, legal_name, vat_number, country_code, onboarded_at";
    }

    @Override
    protected String filterCondition(String filter) {
        return "upper(legal_name) LIKE '" + filter.toUpperCase() + "%'";
    }
}
