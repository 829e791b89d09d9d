// Start-up migration of legacy address rows to the structured format, split into two
// independent steps run on the migration pool; start-up waits until both are done.
package ignoredfutures.case32;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

@Component
@ConditionalOnProperty(name = "migrations.addresses.enabled", havingValue = "true")
public class AddressMigrationRunner implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(AddressMigrationRunner.class);

    private final JdbcClient jdbcClient;

    public AddressMigrationRunner(JdbcClient jdbcClient) {
        this.jdbcClient = jdbcClient;
    }

    @Override
    public void run(ApplicationArguments args) {
        try (ExecutorService migrationPool = Executors.newFixedThreadPool(2)) {
            var billing = CompletableFuture.runAsync(() -> migrate("billing_addresses"), migrationPool);
            var shipping = CompletableFuture.runAsync(() -> migrate("shipping_addresses"), migrationPool);
            CompletableFuture.allOf(billing, shipping)
                    .thenRun(() -> log.info("address migration finished"))
                    .join();
        }
    }

    private void migrate(String table) {
        int rows = jdbcClient.sql("""
                        UPDATE %s SET street = split_part(legacy_line, ',', 1),
                                      city = trim(split_part(legacy_line, ',', 2)),
                                      migrated = true
                        WHERE migrated = false""".formatted(table))
                .update();
        log.info("{} rows of {} migrated", rows, table);
    }
}
