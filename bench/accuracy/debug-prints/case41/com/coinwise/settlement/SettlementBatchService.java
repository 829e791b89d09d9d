package com.coinwise.settlement;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

@Service
public class SettlementBatchService {

    private final JdbcTemplate jdbc;
    private final FeeSchedule fees;

    public SettlementBatchService(JdbcTemplate jdbc, FeeSchedule fees) {
        this.jdbc = jdbc;
        this.fees = fees;
    }

    @Transactional
    public String closeBatch(LocalDate businessDay) {
        String batchId = "STL-" + businessDay;
        List<MerchantTotal> totals = jdbc.query("""
                SELECT merchant_id, SUM(amount) AS gross
                FROM captures
                WHERE business_day = ? AND settlement_batch IS NULL
                GROUP BY merchant_id
                """,
                (rs, row) -> new MerchantTotal(rs.getString("merchant_id"), rs.getBigDecimal("gross")),
                businessDay);
        BigDecimal gross = BigDecimal.ZERO;
        BigDecimal feeTotal = BigDecimal.ZERO;
        for (MerchantTotal total : totals) {
            BigDecimal fee = fees.feeFor(total.merchantId(), total.gross());
            jdbc.update("INSERT INTO payouts (batch_id, merchant_id, gross, fee, net) VALUES (?, ?, ?, ?, ?)",
                    batchId, total.merchantId(), total.gross(), fee, total.gross().subtract(fee));
            gross = gross.add(total.gross());
            feeTotal = feeTotal.add(fee);
        }
        jdbc.update("UPDATE captures SET settlement_batch = ? WHERE business_day = ? AND settlement_batch IS NULL",
                batchId, businessDay);
        System.out.printf("""
                Settlement batch %s
                  merchants: %d
                  gross:     %s
                  fees:      %s
                """, batchId, totals.size(), gross, feeTotal);
        return batchId;
    }

    record MerchantTotal(String merchantId, BigDecimal gross) {
    }
}
