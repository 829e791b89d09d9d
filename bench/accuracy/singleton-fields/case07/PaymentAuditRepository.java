// Payment audit trail: the insert statement is prepared once the data source is set,
// depending on whether the audit table is partitioned in this environment.
package singletons.case07;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.SimpleJdbcInsert;
import org.springframework.stereotype.Repository;

@Repository
public class PaymentAuditRepository implements InitializingBean {

    private final DataSource dataSource;
    private final JdbcTemplate jdbc;
    private SimpleJdbcInsert insertAudit;
    private String tableName = "payment_audit";
    private boolean partitioned;

    public PaymentAuditRepository(DataSource dataSource) {
        this.dataSource = dataSource;
        this.jdbc = new JdbcTemplate(dataSource);
    }

    @Override
    public void afterPropertiesSet() {
        partitioned = detectPartitioning();
        if (partitioned) {
            tableName = tableName + "_current";
        }
        insertAudit = new SimpleJdbcInsert(dataSource)
                .withTableName(tableName)
                .usingColumns("payment_id", "event", "actor", "occurred_at")
                .usingGeneratedKeyColumns("id");
    }

    private boolean detectPartitioning() {
        Integer views = jdbc.queryForObject(
                "SELECT COUNT(*) FROM information_schema.views WHERE table_name = 'payment_audit_current'",
                Integer.class);
        return views != null && views > 0;
    }

    public long append(String paymentId, String event, String actor) {
        Number id = insertAudit.executeAndReturnKey(Map.of(
                "payment_id", paymentId,
                "event", event,
                "actor", actor,
                "occurred_at", Timestamp.from(Instant.now())));
        return id.longValue();
    }

    public List<String> eventsOf(String paymentId) {
        return jdbc.queryForList("SELECT event FROM " + tableName + " WHERE payment_id = ? ORDER BY id",
                String.class, paymentId);
    }
}
