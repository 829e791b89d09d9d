package leak.case41;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import javax.sql.DataSource;

public class TenantSettingsRepository {

    private static final String LOAD_SETTINGS =
            "SELECT setting_key, setting_value FROM tenant_settings WHERE tenant_id = ?";

    private final DataSource dataSource;

    public TenantSettingsRepository(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public Map<String, String> loadSettings(String tenantId) throws SQLException {
        Map<String, String> settings = new HashMap<>();
        try (Connection conn = dataSource.getConnection();
             PreparedStatement ps = conn.prepareStatement(LOAD_SETTINGS)) {
            ps.setString(1, tenantId);
            ResultSet rs = ps.executeQuery(); // leak
            while (rs.next()) {
                settings.put(rs.getString("setting_key"), rs.getString("setting_value"));
            }
        }
        return settings;
    }
}
