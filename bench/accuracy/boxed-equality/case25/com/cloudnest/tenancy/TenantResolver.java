package com.cloudnest.tenancy;

import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

@Component
public class TenantResolver {

    private final JdbcTemplate jdbc;

    public TenantResolver(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Long resolve(String header, String host) {
        if (header != null && !header.isBlank()) {
            return Long.valueOf(header.trim());
        }
        List<Long> ids = jdbc.queryForList("select id from tenant where host_name = ?", Long.class, host);
        return ids.isEmpty() ? null : ids.get(0);
    }
}
