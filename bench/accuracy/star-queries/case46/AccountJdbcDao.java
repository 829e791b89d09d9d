package stars.case46;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;

public class AccountJdbcDao {

    private final DataSource dataSource;

    public AccountJdbcDao(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public String ownerOf(long accountId) throws SQLException {
        try (Connection conn = dataSource.getConnection();
             PreparedStatement ps = conn.prepareStatement("SELECT * FROM accounts WHERE id = ?")) { // star
            ps.setLong(1, accountId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString("owner_name") : null;
            }
        }
    }
}
