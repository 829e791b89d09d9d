package eval5.case24;

import java.math.BigDecimal;
import java.util.List;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;

@Service
public class PaymentSearchService {

    private final NamedParameterJdbcTemplate jdbc;

    public PaymentSearchService(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public List<Payment> search(PaymentSearchRequest request) {
        var params = new MapSqlParameterSource();
        StringBuilder sql = new StringBuilder("SELECT p.reference, p.payer_name, p.amount FROM incoming_payments p WHERE 1 = 1");
        if (request.getReference() != null) {
            sql.append(" AND p.reference LIKE :reference");
            params.addValue("reference", request.getReference().trim() + "%");
        }
        if (request.getPayerName() != null) {
            sql.append(" AND lower(p.payer_name) = lower(:payer)");
            params.addValue("payer", request.getPayerName());
        }
        int limit = Math.max(1, Math.min(request.getLimit(), 500));
        sql.append(" ORDER BY p.received_at DESC LIMIT ").append(limit);
        return jdbc.query(sql.toString(), params, (rs, n) -> new Payment(rs.getString(1), rs.getString(2), rs.getBigDecimal(3))); // sink
    }

    public record Payment(String reference, String payerName, BigDecimal amount) {
    }
}
