package com.harborview.archive;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

final class TestDatabase {

    private TestDatabase() {
    }

    static JdbcTemplate create(String name) {
        var dataSource = new DriverManagerDataSource("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1", "sa", "");
        var jdbc = new JdbcTemplate(dataSource);
        try (InputStream schema = TestDatabase.class.getResourceAsStream("/schema.sql")) {
            if (schema == null) {
                System.err.printf("schema.sql missing from test resources for %s%n", name);
                return jdbc;
            }
            for (String statement : new String(schema.readAllBytes(), StandardCharsets.UTF_8).split(";")) {
                if (!statement.isBlank()) {
                    jdbc.execute(statement);
                }
            }
        } catch (IOException e) {
            e.printStackTrace();
        }
        return jdbc;
    }
}
