package com.quayside.returns.config;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.JdbcTransactionManager;

@Configuration
public class OrdersDataSourceConfig {

    private final Environment env;

    public OrdersDataSourceConfig(Environment env) {
        this.env = env;
    }

    @Bean(destroyMethod = "close")
    @Primary
    public HikariDataSource returnsDataSource() {
        HikariConfig config = new HikariConfig();
        config.setPoolName("returns-pool");
        config.setJdbcUrl(env.getProperty("returns.datasource.url", "jdbc:postgresql://returns-db.internal:5432/returns"));
        config.setUsername("returns_app");
        config.setPassword(env.getRequiredProperty("returns.datasource.password"));
        config.setMaximumPoolSize(env.getProperty("returns.datasource.pool-size", Integer.class, 10));
        config.setConnectionTimeout(5_000);
        config.addDataSourceProperty("reWriteBatchedInserts", "true");
        return new HikariDataSource(config);
    }

    @Bean
    public JdbcTemplate returnsJdbcTemplate(DataSource returnsDataSource) {
        return new JdbcTemplate(returnsDataSource);
    }

    @Bean
    public JdbcTransactionManager returnsTransactionManager(DataSource returnsDataSource) {
        return new JdbcTransactionManager(returnsDataSource);
    }
}
