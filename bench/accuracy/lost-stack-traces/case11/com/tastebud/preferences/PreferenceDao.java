package com.tastebud.preferences;

import java.util.Map;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.EmptyResultDataAccessException;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

@Repository
public class PreferenceDao {

    private static final Log log = LogFactory.getLog(PreferenceDao.class);

    private final NamedParameterJdbcTemplate jdbc;

    public PreferenceDao(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public UserPreferences load(long userId) {
        try {
            return jdbc.queryForObject(
                    "SELECT locale, currency, newsletter FROM user_preferences WHERE user_id = :id",
                    Map.of("id", userId),
                    (rs, rowNum) -> new UserPreferences(rs.getString("locale"), rs.getString("currency"),
                            rs.getBoolean("newsletter")));
        } catch (EmptyResultDataAccessException ex) {
            return UserPreferences.defaults();
        } catch (DataAccessException ex) {
            log.warn("Could not load preferences for user " + userId + ", using defaults: " + ex.toString());
            return UserPreferences.defaults();
        }
    }

    public void save(long userId, UserPreferences preferences) {
        jdbc.update("""
                INSERT INTO user_preferences (user_id, locale, currency, newsletter)
                VALUES (:id, :locale, :currency, :newsletter)
                ON CONFLICT (user_id) DO UPDATE
                   SET locale = EXCLUDED.locale, currency = EXCLUDED.currency, newsletter = EXCLUDED.newsletter
                """, Map.of("id", userId, "locale", preferences.locale(), "currency", preferences.currency(),
                "newsletter", preferences.newsletter()));
    }
}
