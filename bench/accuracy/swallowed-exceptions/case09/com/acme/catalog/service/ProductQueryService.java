package com.acme.catalog.service;

import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

@Service
public class ProductQueryService {

    private final JdbcTemplate jdbc;

    public ProductQueryService(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public List<ProductSummary> findPage(String category, int page, int size) {
        String sql = """
                SELECT sku, name, price_cents
                  FROM product
                 WHERE (? IS NULL OR category = ?)
                 ORDER BY name
                 LIMIT ? OFFSET ?""";
        return jdbc.query(sql,
                (rs, i) -> new ProductSummary(rs.getString("sku"), rs.getString("name"), rs.getLong("price_cents")),
                category, category, size, (long) page * size);
    }
}
