package eval2.case28;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/merchants/{merchantId}/payouts")
public class PayoutController {

    private static final Logger log = LoggerFactory.getLogger(PayoutController.class);

    private final JdbcClient db;

    public PayoutController(JdbcClient db) {
        this.db = db;
    }

    @GetMapping
    public List<Payout> payouts(@PathVariable long merchantId,
                                @RequestParam(defaultValue = "payout_date") String sort,
                                @RequestParam(defaultValue = "desc") String dir) {
        String orderClause = "desc".equalsIgnoreCase(dir) ? sort + " DESC" : sort + " ASC";
        log.debug("payouts merchant={} order={}", merchantId, orderClause);

        String sql = "SELECT id, payout_date, gross_amount, fee_amount, status FROM merchant_payouts "
                + "WHERE merchant_id = ? ORDER BY " + orderClause;
        return db.sql(sql).param(merchantId).query(Payout.class).list(); // sink
    }

    public record Payout(long id, LocalDate payoutDate, BigDecimal grossAmount, BigDecimal feeAmount, String status) {
    }
}
