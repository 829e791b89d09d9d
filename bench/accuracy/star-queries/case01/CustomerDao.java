package stars.case01;

import java.util.List;
import org.springframework.jdbc.core.BeanPropertyRowMapper;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

@Repository
public class CustomerDao {

    private final JdbcTemplate jdbcTemplate;

    public CustomerDao(JdbcTemplate jdbcTemplate) {
        this.jdbcTemplate = jdbcTemplate;
    }

    public Customer findById(long id) {
        return jdbcTemplate.queryForObject(
                "SELECT * FROM customers WHERE id = ?", // star
                new BeanPropertyRowMapper<>(Customer.class), id);
    }

    public List<String> emails(String region) {
        return jdbcTemplate.queryForList(
                "SELECT email FROM customers WHERE region = ?", String.class, region);
    }

    public static class Customer {
        public long id;
        public String name;
        public String email;
    }
}
