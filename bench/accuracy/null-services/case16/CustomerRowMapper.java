package nulls.case16;

import java.sql.ResultSet;
import java.sql.SQLException;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

@Component
public class CustomerRowMapper implements RowMapper<CustomerRowMapper.Customer> {

    public record Customer(long id, String firstName, String middleName, String lastName, String email) {
    }

    @Override
    public Customer mapRow(ResultSet rs, int rowNum) throws SQLException {
        String first = rs.getString("first_name");
        String middle = rs.getString("middle_name").trim(); // deref
        String last = rs.getString("last_name");
        return new Customer(
                rs.getLong("id"),
                first,
                middle.isEmpty() ? null : middle,
                last,
                rs.getString("email"));
    }
}
