package leak.case56;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.Set;
import javax.sql.DataSource;

public class FeatureFlagRepository {

    private static final String ENABLED_FLAGS =
            "SELECT flag_name FROM feature_flags WHERE enabled = TRUE";

    private final DataSource dataSource;

    public FeatureFlagRepository(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public Set<String> enabledFlags() throws SQLException {
        Set<String> flags = new HashSet<>();
        try (Connection conn = dataSource.getConnection()) {
            try (ResultSet rs = conn.createStatement().executeQuery(ENABLED_FLAGS)) { // leak
                while (rs.next()) {
                    flags.add(rs.getString("flag_name"));
                }
            }
        }
        return flags;
    }
}
