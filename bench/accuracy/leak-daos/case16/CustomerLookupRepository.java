package leak.case16;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Optional;
import javax.sql.DataSource;

public class CustomerLookupRepository {

    private static final String FIND_BY_EMAIL =
            "SELECT id, first_name, last_name, email FROM customers WHERE email = ?";

    private final DataSource dataSource;

    public CustomerLookupRepository(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public Optional<Customer> findByEmail(String email) throws SQLException {
        try (Connection conn = dataSource.getConnection();
             PreparedStatement ps = conn.prepareStatement(FIND_BY_EMAIL)) {
            ps.setString(1, email.toLowerCase(Locale.ROOT));
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                return Optional.of(new Customer(
                        rs.getLong("id"),
                        rs.getString("first_name"),
                        rs.getString("last_name"),
                        rs.getString("email")));
            }
        }
    }

    public record Customer(long id, String firstName, String lastName, String email) {
    }
}
