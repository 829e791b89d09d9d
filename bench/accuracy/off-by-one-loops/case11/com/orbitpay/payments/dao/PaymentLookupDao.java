package com.orbitpay.payments.dao;

import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

@Repository
public class PaymentLookupDao {

    private static final RowMapper<Payment> PAYMENT_MAPPER = (rs, rowNum) -> new Payment(
            rs.getLong("id"), rs.getBigDecimal("amount"), rs.getString("currency"), rs.getString("status"));

    private final JdbcTemplate jdbcTemplate;

    public PaymentLookupDao(JdbcTemplate jdbcTemplate) {
        this.jdbcTemplate = jdbcTemplate;
    }

    public List<Payment> findByIds(List<Long> ids) {
        if (ids == null || ids.isEmpty()) {
            return List.of();
        }
        StringBuilder placeholders = new StringBuilder();
        for (int i = 0; i < ids.size() - 1; i++) {
            placeholders.append("?, ");
        }
        placeholders.append('?');
        String sql = "SELECT id, amount, currency, status FROM payments WHERE id IN (" + placeholders + ")"
                + " ORDER BY id";
        return jdbcTemplate.query(sql, PAYMENT_MAPPER, ids.toArray());
    }
}
