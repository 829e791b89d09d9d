package leak.case28;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

public class TenantUsageReport {

    private static final String COUNT_ACTIVE_USERS =
            "SELECT COUNT(id) FROM users WHERE tenant_id = ? AND disabled = FALSE";

    private final DataSource dataSource;

    public TenantUsageReport(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public Map<String, Long> activeUsersPerTenant(List<String> tenantIds) throws SQLException {
        Map<String, Long> counts = new LinkedHashMap<>();
        try (Connection conn = dataSource.getConnection()) {
            for (String tenantId : tenantIds) {
                if (tenantId == null || tenantId.isBlank()) {
                    continue;
                }
                PreparedStatement ps = conn.prepareStatement(COUNT_ACTIVE_USERS); // leak
                ps.setString(1, tenantId);
                long active;
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        continue;
                    }
                    active = rs.getLong(1);
                }
                ps.close();
                counts.put(tenantId, active);
            }
        }
        return counts;
    }
}
