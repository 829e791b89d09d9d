// A REST controller returning findAll() of a hand-written JdbcTemplate DAO class, which is not a Spring Data repository.
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

record LegacyInvoiceRow(long id, String number, BigDecimal total, LocalDate issuedOn) {
}

@Repository
class LegacyInvoiceDao {

    private static final String SELECT_OPEN = """
            SELECT id, number, total, issued_on
              FROM legacy_invoice
             WHERE closed = FALSE
             ORDER BY issued_on DESC
             FETCH FIRST 200 ROWS ONLY
            """;

    private final JdbcTemplate jdbcTemplate;

    LegacyInvoiceDao(JdbcTemplate jdbcTemplate) {
        this.jdbcTemplate = jdbcTemplate;
    }

    public List<LegacyInvoiceRow> findAll() {
        return jdbcTemplate.query(SELECT_OPEN, (rs, rowNum) -> new LegacyInvoiceRow(
                rs.getLong("id"),
                rs.getString("number"),
                rs.getBigDecimal("total"),
                rs.getObject("issued_on", LocalDate.class)));
    }
}

@RestController
@RequestMapping("/api/legacy/invoices")
class LegacyInvoiceController {

    private final LegacyInvoiceDao legacyInvoiceDao;

    LegacyInvoiceController(LegacyInvoiceDao legacyInvoiceDao) {
        this.legacyInvoiceDao = legacyInvoiceDao;
    }

    @GetMapping
    public List<LegacyInvoiceRow> openInvoices() {
        return legacyInvoiceDao.findAll();
    }
}
