package com.verdant.catalog.config;

import javax.sql.DataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * In-memory H2 database for running the catalogue service on a laptop.
 */
@Configuration
@Profile("local")
public class CatalogDevDataSourceConfig {

    @Bean
    public DataSource catalogDataSource() {
        DriverManagerDataSource dataSource = new DriverManagerDataSource();
        dataSource.setDriverClassName("org.h2.Driver");
        dataSource.setUrl("jdbc:h2:mem:catalog;MODE=PostgreSQL;DB_CLOSE_DELAY=-1");
        dataSource.setUsername("sa");
        dataSource.setPassword("");
        return dataSource;
    }

    @Bean
    public JdbcTemplate catalogJdbcTemplate(DataSource catalogDataSource) {
        return new JdbcTemplate(catalogDataSource);
    }
}
