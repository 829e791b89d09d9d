package eval5.case07;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;

/** Holder for the fleet database handles, created once per web application. */
public final class FleetDb {

    final JdbcTemplate jdbc;
    final int queryTimeoutSeconds;

    public FleetDb(DataSource dataSource, int queryTimeoutSeconds) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.jdbc.setQueryTimeout(queryTimeoutSeconds);
        this.queryTimeoutSeconds = queryTimeoutSeconds;
    }
}
