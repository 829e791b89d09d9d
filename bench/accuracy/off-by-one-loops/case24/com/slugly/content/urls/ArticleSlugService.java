package com.slugly.content.urls;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

@Service
public class ArticleSlugService {

    private final SlugGenerator slugGenerator;
    private final JdbcTemplate jdbcTemplate;

    public ArticleSlugService(SlugGenerator slugGenerator, JdbcTemplate jdbcTemplate) {
        this.slugGenerator = slugGenerator;
        this.jdbcTemplate = jdbcTemplate;
    }

    public String uniqueSlug(String title) {
        String base = slugGenerator.slugify(title);
        String candidate = base;
        int suffix = 2;
        while (exists(candidate)) {
            candidate = base + "-" + suffix++;
        }
        return candidate;
    }

    private boolean exists(String slug) {
        Integer count = jdbcTemplate.queryForObject("SELECT COUNT(*) FROM articles WHERE slug = ?", Integer.class, slug);
        return count != null && count > 0;
    }
}
