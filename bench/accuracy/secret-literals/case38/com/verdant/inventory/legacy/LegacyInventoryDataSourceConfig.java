package com.verdant.inventory.legacy;

import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Read-only access to the old Oracle inventory schema, kept until the migration is finished.
 */
@Configuration
public class LegacyInventoryDataSourceConfig {

    @Bean(name = "legacyInventoryDataSource")
    public DataSource legacyInventoryDataSource() {
        DriverManagerDataSource dataSource = new DriverManagerDataSource();
        dataSource.setDriverClassName("oracle.jdbc.OracleDriver");
        dataSource.setUrl("jdbc:oracle:thin:@//inv-legacy.verdant.internal:1521/INVPRD");
        dataSource.setUsername("inv_reader");
        dataSource.setPassword("changeme");
        return dataSource;
    }

    @Bean
    public NamedParameterJdbcTemplate legacyInventoryJdbc(@Qualifier("legacyInventoryDataSource") DataSource dataSource) {
        return new NamedParameterJdbcTemplate(dataSource);
    }
}
