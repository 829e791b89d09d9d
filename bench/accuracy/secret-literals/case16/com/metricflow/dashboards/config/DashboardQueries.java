package com.metricflow.dashboards.config;

import java.time.LocalDate;
import java.util.List;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class DashboardQueries {

    private final JdbcClient jdbc;

    public DashboardQueries(@Qualifier("analyticsJdbcClient") JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<DailyActive> dailyActiveUsers(LocalDate from, LocalDate to) {
        return jdbc.sql("SELECT day, active_users FROM daily_active_users WHERE day BETWEEN :from AND :to ORDER BY day")
                .param("from", from)
                .param("to", to)
                .query(DailyActive.class)
                .list();
    }

    public record DailyActive(LocalDate day, long activeUsers) {
    }
}
