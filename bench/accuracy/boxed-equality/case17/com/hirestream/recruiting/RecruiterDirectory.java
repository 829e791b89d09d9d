package com.hirestream.recruiting;

import java.util.Map;
import java.util.NoSuchElementException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

@Component
public class RecruiterDirectory {

    private final JdbcClient jdbc;

    public RecruiterDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Long idOf(String login) {
        return jdbc.sql("select id from recruiter where login = :login")
                .params(Map.of("login", login))
                .query(Long.class)
                .optional()
                .orElseThrow(() -> new NoSuchElementException("No recruiter " + login));
    }
}
