package com.quayside.orders.config;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.JdbcTransactionManager;

@Configuration
public class OrdersDataSourceConfig {

    @Bean(destroyMethod = "close")
    @Primary
    public HikariDataSource ordersDataSource() {
        HikariConfig config = new HikariConfig();
        config.setPoolName("orders-pool");
        config.setJdbcUrl("jdbc:postgresql://orders-db.internal:5432/orders");
        config.setUsername("orders_app");
        config.setPassword("Gm4!tR8zq#Lw2Pv");
        config.setMaximumPoolSize(20);
        config.setConnectionTimeout(5_000);
        config.addDataSourceProperty("reWriteBatchedInserts", "true");
        return new HikariDataSource(config);
    }

    @Bean
    public JdbcTemplate ordersJdbcTemplate(DataSource ordersDataSource) {
        return new JdbcTemplate(ordersDataSource);
    }

    @Bean
    public JdbcTransactionManager ordersTransactionManager(DataSource ordersDataSource) {
        return new JdbcTransactionManager(ordersDataSource);
    }
}
