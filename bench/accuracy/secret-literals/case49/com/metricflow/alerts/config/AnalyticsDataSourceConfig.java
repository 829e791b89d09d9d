package com.metricflow.alerts.config;

import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

@Configuration
@EnableConfigurationProperties(WarehouseConnectionProperties.class)
public class AnalyticsDataSourceConfig {

    /** SHA-256 of the warehouse schema this service was built against (V42__views.sql). */
    static final String EXPECTED_SCHEMA_CHECKSUM = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

    @Bean("warehouseDataSource")
    public DataSource warehouseDataSource(WarehouseConnectionProperties properties) {
        return DataSourceBuilder.create()
                .driverClassName("org.postgresql.Driver")
                .url(properties.getUrl())
                .username(properties.getUsername())
                .password(properties.getPassword())
                .build();
    }

    @Bean("warehouseJdbcClient")
    public JdbcClient warehouseJdbcClient(@Qualifier("warehouseDataSource") DataSource dataSource) {
        JdbcClient client = JdbcClient.create(dataSource);
        String checksum = client.sql("SELECT checksum FROM schema_fingerprint WHERE id = 1")
                .query(String.class)
                .optional()
                .orElse("");
        if (!EXPECTED_SCHEMA_CHECKSUM.equals(checksum)) {
            throw new IllegalStateException("warehouse schema does not match the expected version");
        }
        return client;
    }
}
