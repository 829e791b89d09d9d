package com.kiosk.accounts.persistence;

import com.kiosk.accounts.persistence.entity.UserEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

import java.util.List;
import java.util.Optional;

@Repository
public class UserDao {

    private static final RowMapper<UserEntity> MAPPER = (rs, rowNum) -> new UserEntity(
            rs.getLong("id"),
            rs.getString("username"),
            rs.getString("display_name"),
            rs.getString("email"),
            rs.getBoolean("active"));

    private final JdbcTemplate jdbc;

    public UserDao(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<UserEntity> findByUsername(String username) {
        return jdbc.query("select id, username, display_name, email, active from kiosk_user where username = ?",
                        MAPPER, username)
                .stream()
                .findFirst();
    }

    public List<UserEntity> findAllActive() {
        return jdbc.query("select id, username, display_name, email, active from kiosk_user where active order by username",
                MAPPER);
    }
}
