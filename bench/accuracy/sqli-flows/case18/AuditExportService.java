package eval5.case18;

import java.sql.SQLException;
import java.time.LocalDate;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

@Service
public class AuditExportService {

    private static final Logger log = LoggerFactory.getLogger(AuditExportService.class);

    private final DataSource dataSource;

    public AuditExportService(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public String exportCsv(String actor, LocalDate from) {
        String sql = "SELECT occurred_at, actor, action, target FROM audit_events"
                + " WHERE occurred_at >= DATE '" + from + "'"
                + " AND actor = '" + actor.strip() + "'"
                + " ORDER BY occurred_at";
        StringBuilder csv = new StringBuilder("occurred_at,actor,action,target\n");
        try (var connection = dataSource.getConnection();
             var statement = connection.createStatement();
             var rs = statement.executeQuery(sql)) { // sink
            while (rs.next()) {
                csv.append(rs.getTimestamp(1).toInstant()).append(',')
                        .append(rs.getString(2)).append(',')
                        .append(rs.getString(3)).append(',')
                        .append(rs.getString(4)).append('\n');
            }
        } catch (SQLException e) {
            log.error("audit export failed", e);
            throw new IllegalStateException("audit export failed", e);
        }
        return csv.toString();
    }
}
