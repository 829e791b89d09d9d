package com.inkwell.publishing.authors;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

@Repository
public class JdbcAuthorRepository implements AuthorRepository {

    private static final int MAX_ROWS = 200;

    private static final RowMapper<Author> MAPPER = (rs, n) -> new Author(
            rs.getLong("id"), rs.getString("pen_name"), rs.getString("agency"), rs.getInt("titles"));

    private final JdbcTemplate jdbcTemplate;

    public JdbcAuthorRepository(JdbcTemplate jdbcTemplate) {
        this.jdbcTemplate = jdbcTemplate;
    }

    @Override
    public List<Author> findAll() {
        return jdbcTemplate.query(
                "SELECT id, pen_name, agency, titles FROM author ORDER BY pen_name FETCH FIRST " + MAX_ROWS + " ROWS ONLY",
                MAPPER);
    }

    @Override
    public Optional<Author> findById(long id) {
        return jdbcTemplate.query("SELECT id, pen_name, agency, titles FROM author WHERE id = ?", MAPPER, id)
                .stream()
                .findFirst();
    }
}
