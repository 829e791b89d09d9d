package com.metricflow.dashboards.config;

import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

@Configuration
public class AnalyticsDataSourceConfig {

    @Bean("analyticsDataSource")
    public DataSource analyticsDataSource() {
        return DataSourceBuilder.create()
                .driverClassName("org.postgresql.Driver")
                .url("jdbc:postgresql://analytics-replica.metricflow.internal:5432/warehouse")
                .username("analytics_ro")
                .password("Wh4r3h0use!ro#91")
                .build();
    }

    @Bean("analyticsJdbcClient")
    public JdbcClient analyticsJdbcClient(@Qualifier("analyticsDataSource") DataSource dataSource) {
        return JdbcClient.create(dataSource);
    }
}
