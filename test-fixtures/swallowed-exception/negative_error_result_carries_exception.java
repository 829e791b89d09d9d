// An import step that turns each failure into a result object carrying the exception (added to a list or returned).
import java.util.ArrayList;
import java.util.List;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

sealed interface RowOutcome permits RowStored, RowRejected {
}

record RowStored(ImportRow row) implements RowOutcome {
}

record RowRejected(int lineNumber, Exception cause) implements RowOutcome {
}

@Service
class ImportRowWriter {

    private final JdbcTemplate jdbcTemplate;

    ImportRowWriter(JdbcTemplate jdbcTemplate) {
        this.jdbcTemplate = jdbcTemplate;
    }

    List<RowOutcome> storeAll(List<ImportRow> rows) {
        List<RowOutcome> outcomes = new ArrayList<>();
        for (ImportRow row : rows) {
            try {
                insert(row);
                outcomes.add(new RowStored(row));
            } catch (DataAccessException e) {
                outcomes.add(new RowRejected(row.lineNumber(), e));
            }
        }
        return outcomes;
    }

    RowOutcome storeOne(ImportRow row) {
        RowOutcome outcome;
        try {
            insert(row);
            outcome = new RowStored(row);
        } catch (DataAccessException e) {
            outcome = new RowRejected(row.lineNumber(), e);
        }
        return outcome;
    }

    private void insert(ImportRow row) {
        jdbcTemplate.update("INSERT INTO order_line(sku, quantity, unit_price) VALUES (?, ?, ?)",
                row.sku(), row.quantity(), row.unitPrice());
    }
}
