// A migration runner that rolls back applied steps in reverse, starting at `steps.size() - 1` and `scripts.length - 1` down to 0.
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

record MigrationStep(String version, String undoSql) {
}

@Component
class MigrationRollback {

    private static final Logger log = LoggerFactory.getLogger(MigrationRollback.class);

    private final JdbcTemplate jdbcTemplate;

    MigrationRollback(JdbcTemplate jdbcTemplate) {
        this.jdbcTemplate = jdbcTemplate;
    }

    public void rollback(List<MigrationStep> steps) {
        for (int i = steps.size() - 1; i >= 0; i--) {
            MigrationStep step = steps.get(i);
            log.info("Rolling back {}", step.version());
            jdbcTemplate.execute(step.undoSql());
        }
    }

    public void dropAll(String[] scripts) {
        for (int i = scripts.length - 1; i >= 0; i--) {
            jdbcTemplate.execute(scripts[i]);
        }
    }
}
