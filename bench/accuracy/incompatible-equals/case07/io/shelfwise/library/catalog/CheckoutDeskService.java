package io.shelfwise.library.catalog;

import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

@Service
public class CheckoutDeskService {

    private static final Logger log = LoggerFactory.getLogger(CheckoutDeskService.class);

    private final JdbcClient jdbc;

    public CheckoutDeskService(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Confirms that the book on the desk is the copy the member reserved: the copy's
     * barcode gives the catalog entry, the ISBN printed on the cover must match it.
     */
    public boolean confirmReservedCopy(long copyId, String scannedIsbn) {
        Optional<CatalogEntry> entry = findCopy(copyId);
        if (entry.isEmpty()) {
            log.warn("Copy {} is not in the catalog", copyId);
            return false;
        }
        CatalogEntry copy = entry.get();
        if (!copy.isbn().equals(scannedIsbn)) {
            log.info("Copy {} has ISBN {}, desk scanned {}", copyId, copy.isbn(), scannedIsbn);
            return false;
        }
        return !copy.onLoan();
    }

    private Optional<CatalogEntry> findCopy(long copyId) {
        return jdbc.sql("SELECT copy_id, isbn, title, authors, on_loan FROM copies WHERE copy_id = ?")
                .param(copyId)
                .query((rs, n) -> new CatalogEntry(
                        rs.getLong("copy_id"),
                        Isbn.of(rs.getString("isbn")),
                        rs.getString("title"),
                        List.of(rs.getString("authors").split(";")),
                        rs.getBoolean("on_loan")))
                .optional();
    }
}
