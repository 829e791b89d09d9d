package opt.case47;

import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

@Service
public class CustomerProfileService {

    private final JdbcClient jdbcClient;

    public CustomerProfileService(JdbcClient jdbcClient) {
        this.jdbcClient = jdbcClient;
    }

    public Optional<CustomerProfile> findProfile(Long customerId) {
        return jdbcClient.sql("SELECT id, name, tier, loyalty_points FROM customer_profiles WHERE id = ?")
                .param(customerId)
                .query((rs, n) -> new CustomerProfile(rs.getLong("id"), rs.getString("name"),
                        rs.getString("tier"), rs.getInt("loyalty_points")))
                .optional();
    }
}
