package com.shopline.loyalty;

import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

@Service
public class LoyaltyPointsService {

    private final TransactionTemplate tx;
    private final JdbcTemplate jdbc;

    public LoyaltyPointsService(TransactionTemplate tx, JdbcTemplate jdbc) {
        this.tx = tx;
        this.jdbc = jdbc;
    }

    public boolean redeem(long memberId, int points, String reference) {
        Boolean redeemed = tx.execute(status -> {
            try {
                int updated = jdbc.update(
                        "UPDATE loyalty_account SET balance = balance - ? WHERE member_id = ? AND balance >= ?",
                        points, memberId, points);
                if (updated == 0) {
                    return false;
                }
                jdbc.update(
                        "INSERT INTO loyalty_ledger (member_id, delta, reference, created_at) VALUES (?, ?, ?, CURRENT_TIMESTAMP)",
                        memberId, -points, reference);
                return true;
            } catch (DataAccessException e) {
                status.setRollbackOnly();
            }
            return false;
        });
        return Boolean.TRUE.equals(redeemed);
    }
}
