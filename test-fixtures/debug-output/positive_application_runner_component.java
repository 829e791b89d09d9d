// An ApplicationRunner component (Spring Boot is not on the fixture classpath) that prints the schema version and options at startup.
import java.util.List;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

@Component
class SchemaVersionReporter implements ApplicationRunner {

    private final JdbcTemplate jdbc;

    SchemaVersionReporter(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void run(ApplicationArguments args) {
        List<String> versions = jdbc.queryForList(
                "SELECT version FROM flyway_schema_history ORDER BY installed_rank DESC LIMIT 1", String.class);
        System.out.println("Schema version: " + (versions.isEmpty() ? "none" : versions.get(0))); // expect: debug-output "System.out"
        args.getOptionNames().forEach(name -> System.out.println("--" + name + "=" + args.getOptionValues(name))); // expect: debug-output "System.out"
    }
}
