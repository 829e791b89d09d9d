// System.getenv(String) read at startup and dereferenced without a check: a method call on the value, directly and through a var local.
import java.net.URI;
import java.time.Duration;

import org.springframework.jdbc.datasource.DriverManagerDataSource;

class DatabaseSettingsFactory {

    DriverManagerDataSource dataSource() {
        DriverManagerDataSource dataSource = new DriverManagerDataSource();
        String url = System.getenv("DATABASE_URL");
        dataSource.setUrl(url.trim());  // expect: null-dereference "getenv("
        var user = System.getenv("DATABASE_USER");
        dataSource.setUsername(user.strip());  // expect: null-dereference "getenv("
        dataSource.setPassword(System.getenv("DATABASE_PASSWORD"));
        return dataSource;
    }

    Duration statementTimeout() {
        return Duration.parse(System.getenv("STATEMENT_TIMEOUT").toUpperCase());  // expect: null-dereference "getenv("
    }

    URI replicaUri() {
        return URI.create("jdbc:postgresql://" + System.getenv("REPLICA_HOST") + "/app");
    }
}
