package leak.case07;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

public class CustomerDao {

    private static final String INSERT_CUSTOMER =
            "INSERT INTO customers (first_name, last_name, email) VALUES (?, ?, ?)";

    private final DataSource dataSource;

    public CustomerDao(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public long create(NewCustomer customer) throws SQLException {
        try (Connection conn = dataSource.getConnection();
             PreparedStatement ps = conn.prepareStatement(INSERT_CUSTOMER, Statement.RETURN_GENERATED_KEYS)) {
            ps.setString(1, customer.firstName());
            ps.setString(2, customer.lastName());
            ps.setString(3, customer.email());
            ps.executeUpdate();
            ResultSet keys = ps.getGeneratedKeys(); // leak
            if (keys.next()) {
                return keys.getLong(1);
            }
            throw new SQLException("Insert into customers returned no generated key");
        }
    }

    public record NewCustomer(String firstName, String lastName, String email) {
    }
}
