package leak.case20;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Locale;
import javax.sql.DataSource;

public class RegistrationDao {

    private static final String EXISTS_BY_EMAIL =
            "SELECT 1 FROM users WHERE email = ?";

    private final DataSource dataSource;

    public RegistrationDao(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public boolean isEmailTaken(String email) throws SQLException {
        try (Connection conn = dataSource.getConnection();
             PreparedStatement ps = conn.prepareStatement(EXISTS_BY_EMAIL)) {
            ps.setString(1, email.trim().toLowerCase(Locale.ROOT));
            return ps.executeQuery().next(); // leak
        }
    }
}
