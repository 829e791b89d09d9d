package eval5.case56;

import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class CustomerAddressService {

    private static final Logger log = LoggerFactory.getLogger(CustomerAddressService.class);

    private static final String UPDATE_STREET_CITY = "UPDATE customer_addresses SET street = ?, city = ? WHERE customer_id = ?";

    private final JdbcTemplate jdbcTemplate;

    public CustomerAddressService(JdbcTemplate jdbcTemplate) {
        this.jdbcTemplate = jdbcTemplate;
    }

    @Transactional
    public boolean change(AddressChangeRequest change) {
        int updated = jdbcTemplate.update(UPDATE_STREET_CITY, change.getStreet(), change.getCity(), change.getCustomerId());
        if (updated == 0) {
            return false;
        }
        String postcode = change.getPostcode().replace(" ", "").toUpperCase(Locale.ROOT);
        String sql = "UPDATE customer_addresses SET postcode = '" + postcode + "', verified = FALSE WHERE customer_id = " + change.getCustomerId();
        jdbcTemplate.update(sql); // sink
        log.info("address of customer {} changed", change.getCustomerId());
        return true;
    }
}
